package io.newsalerts.edge.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.edge.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request that declares a body over its {@link BodyLimits limit} with a 413 problem and closes the
 * connection, before the body is read. A body sent in chunks is limited as it is read by {@link StreamedBodyLimit}.
 */
@ApplicationScoped
public class DeclaredBodyLimit {

    /** Before the REST layer reads the body. */
    private static final int PRIORITY = 100;

    void register(@Observes Filters filters, ObjectMapper objectMapper, BodyLimits limits) {
        filters.register(context -> {
            long limit = limits.limit(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
            if (declaredLength(context) > limit) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Buffer.buffer(json(objectMapper, limits.tooLarge(limit).problem()
                                .at(context.request().path()))));
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
            return objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + problem, e);
        }
    }
}
