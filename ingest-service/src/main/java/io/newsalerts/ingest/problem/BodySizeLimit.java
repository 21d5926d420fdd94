package io.newsalerts.ingest.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request that declares a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem.
 * Without it the HTTP layer answers such requests itself, with an empty 413. (A chunked body without a length
 * that turns out too large still gets that bare 413.)
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before the REST layer reads the body. */
    private static final int PRIORITY = 100;

    void register(@Observes Filters filters, ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        byte[] problem = json(objectMapper, Problems.http(413,
                "The request body is larger than " + limit.asLongValue() + " bytes; send fewer items per request."));
        filters.register(context -> {
            if (declaredLength(context) > limit.asLongValue()) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Buffer.buffer(problem));
            } else {
                context.next();
            }
        }, PRIORITY);
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] json(ObjectMapper objectMapper, Problem problem) {
        try {
            return objectMapper.writeValueAsBytes(new Problem(problem.type(), problem.title(), problem.status(),
                    problem.detail(), null, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
