package io.newsalerts.ingest.problem;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsalerts.ingest.kafka.BrokerUnavailableException;

/** Turns every failure of a REST call into an RFC 9457 {@code application/problem+json} answer. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException exception, UriInfo uri) {
        return Problems.response(Problems.invalidRequest(exception.errors()).at(path(uri))).build();
    }

    /** A safety net: request bodies are parsed by {@code JsonBodies}, which reports malformed JSON itself. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception, UriInfo uri) {
        FieldError error = new FieldError(FieldError.DOCUMENT, "is not valid JSON: " + exception.getOriginalMessage());
        return Problems.response(Problems.invalidRequest(List.of(error)).at(path(uri))).build();
    }

    /** Limits and authorization: 403, 406, 413, 415, 429, with the detail and headers the check gave. */
    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        Response.ResponseBuilder response = Problems.response(
                Problems.http(exception.status(), exception.getMessage()).at(path(uri)));
        exception.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response batchTooLarge(BatchTooLargeException exception, UriInfo uri) {
        return Problems.response(Problems.batchTooLarge(exception.getMessage()).at(path(uri))).build();
    }

    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException exception, UriInfo uri) {
        return Problems.response(Problems.eventTooLarge(exception.getMessage()).at(path(uri))).build();
    }

    @ServerExceptionMapper
    public Response duplicateFeed(DuplicateFeedException exception, UriInfo uri) {
        return Problems.response(Problems.duplicateFeed(exception.existingId()).at(path(uri))).build();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException exception, UriInfo uri) {
        LOG.warnf("Answering 503: %s", exception.getMessage());
        return Problems.response(Problems.brokerUnavailable(
                "The event was not acknowledged by Kafka and has not been accepted; retry later.").at(path(uri)))
                .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                .build();
    }

    /** 401, 404, 405, 406, 415 and the other HTTP errors that JAX-RS and the filters raise. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri, HttpHeaders headers) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Problem problem = Problems.http(status, detail(exception, status, headers)).at(path(uri));
        Response.ResponseBuilder response = Problems.response(problem);
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            String value = original.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    /** Anything else is a bug: log it, and tell the client no more than that. */
    @ServerExceptionMapper
    public Response unexpected(Exception exception, UriInfo uri) {
        LOG.errorf(exception, "Unexpected failure of %s", path(uri));
        return Problems.response(Problems.http(500, "An unexpected error occurred; it has been logged.")
                .at(path(uri))).build();
    }

    private static String detail(WebApplicationException exception, int status, HttpHeaders headers) {
        return switch (status) {
            case 401 -> "A valid publisher token is required: Authorization: Bearer <token>.";
            case 404 -> "There is no resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource cannot answer in any of the accepted media types (Accept: "
                    + headers.getHeaderString(HttpHeaders.ACCEPT) + ").";
            case 415 -> "The content type " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + " is not supported here; send application/json or application/x-ndjson"
                    + " (or, for job postings, application/ld+json).";
            default -> exception.getMessage();
        };
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
