package io.newsalerts.alert.security;


import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.problem.ProblemException;

/**
 * Refuses oversized bodies before they are read, and unparsable Content-Type and Accept headers: a JSON request may carry {@code max-json-body-bytes}, an NDJSON
 * bulk request up to {@code quarkus.http.limits.max-body-size} (which Vert.x enforces for every request).
 */
public class RequestLimits {

    private static final MediaType NDJSON = MediaType.valueOf("application/x-ndjson");

    @Inject
    AlertServiceConfig config;

    @ServerRequestFilter(preMatching = true)
    public void limitBodySize(ContainerRequestContext request) {
        requireParsableAccept(request);
        MediaType mediaType = mediaType(request);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || NDJSON.isCompatible(mediaType)) {
            return;
        }
        try {
            if (Long.parseLong(length.trim()) > config.maxJsonBodyBytes()) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Content-Length", "is not a number");
        }
    }

    /**
     * An Accept header that does not parse is a 406 before the endpoint runs; left to content negotiation, it
     * would only fail after the endpoint had done its work.
     */
    private static void requireParsableAccept(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(406, "Not Acceptable", "Accept is not a list of media types: "
                    + e.getMessage(), List.of(), Map.of());
        }
    }

    /** The request's media type; one that does not parse is a 415 here rather than a failure later. */
    private static MediaType mediaType(ContainerRequestContext request) {
        try {
            return request.getMediaType();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "Unsupported Media Type", "Content-Type is not a media type: "
                    + e.getMessage(), List.of(), Map.of());
        }
    }

    private ProblemException tooLarge() {
        return ProblemException.payloadTooLarge("a JSON body may have at most " + config.maxJsonBodyBytes()
                + " bytes");
    }
}
