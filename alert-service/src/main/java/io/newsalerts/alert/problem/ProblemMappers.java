package io.newsalerts.alert.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem+json response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.status(), e.title(), e.getMessage(), e.errors(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    /** Malformed JSON or a value of the wrong type: 400 naming the field where Jackson knows it. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String message = e.getOriginalMessage();
        List<FieldError> errors = List.of(new FieldError(field.isEmpty() ? "body" : field,
                field.isEmpty() ? "malformed JSON: " + message : "wrong type or value: " + message));
        return respond(400, "Invalid request", "the request body is not valid JSON of the expected shape", errors, uri)
                .build();
    }

    /** More specific than Jackson's own mappers that quarkus-rest-jackson registers. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder response = respond(status, original.getStatusInfo().getReasonPhrase(), e.getMessage(),
                List.of(), uri);
        if (status == 405 && original.getAllowedMethods() != null) {
            response.allow(original.getAllowedMethods());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure answering " + uri.getPath(), e);
        return respond(500, "Internal Server Error", "an unexpected error occurred; it has been logged", List.of(), uri)
                .build();
    }

    private static Response.ResponseBuilder respond(int status, String title, String detail, List<FieldError> errors,
            UriInfo uri) {
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(),
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
