package io.newsalerts.edge.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.newsalerts.edge.security.BearerChallenge;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure of a REST call into an RFC 9457 {@code application/problem+json} answer. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    BearerChallenge challenge;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        Response.ResponseBuilder response = Problems.response(exception.problem().at(path(uri)));
        exception.headers().forEach(response::header);
        return response.build();
    }

    /** Bean Validation of a request record: 400 naming every offending field. */
    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException exception, UriInfo uri) {
        return problem(ProblemException.invalid(Violations.fieldErrors(exception.getConstraintViolations())), uri);
    }

    /** No credentials, for a call that needs them. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception, UriInfo uri) {
        return problem(challenge.unauthorized("A valid token is required: Authorization: Bearer <token>."), uri);
    }

    /** Credentials that authenticate no one (a wrong or revoked token). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        if (exception.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        return problem(challenge.unauthorized("The token is wrong or revoked."), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return problem(ProblemException.forbidden("This call is not open to this token."), uri);
    }

    /** Malformed JSON or a value of the wrong type: 400 naming the field where Jackson knows it. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        String field = exception instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        FieldError error = field.isEmpty()
                ? new FieldError(FieldError.DOCUMENT, "is not valid JSON: " + exception.getOriginalMessage())
                : new FieldError(field, "has the wrong type or value: " + exception.getOriginalMessage());
        return problem(ProblemException.invalid(List.of(error)), uri);
    }

    /** More specific than the mappers quarkus-rest-jackson registers for Jackson's exceptions. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return malformedJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException exception, UriInfo uri) {
        return malformedJson(exception, uri);
    }

    /** 404, 405, 406, 415 and the other HTTP errors that JAX-RS raises. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri, HttpHeaders headers) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response.ResponseBuilder response = Problems.response(
                Problems.http(status, detail(exception, status, headers)).at(path(uri)));
        for (String header : List.of(HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            String value = original.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        if (status == 405 && !original.getAllowedMethods().isEmpty()) {
            response.allow(original.getAllowedMethods());
        }
        return response.build();
    }

    /** Anything else is a bug: log it, and tell the client no more than that. */
    @ServerExceptionMapper
    public Response unexpected(Exception exception, UriInfo uri) {
        LOG.errorf(exception, "Unexpected failure of %s", path(uri));
        return problem(new ProblemException(Problems.http(500, "An unexpected error occurred; it has been logged.")),
                uri);
    }

    private static String detail(WebApplicationException exception, int status, HttpHeaders headers) {
        return switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource cannot answer in any of the accepted media types (Accept: "
                    + headers.getHeaderString(HttpHeaders.ACCEPT) + ").";
            case 415 -> "The content type " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + " is not supported here.";
            default -> exception.getMessage();
        };
    }

    private static String fieldPath(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
