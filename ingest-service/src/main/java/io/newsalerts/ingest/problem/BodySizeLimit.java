package io.newsalerts.ingest.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request that declares a body larger than {@code newsalerts.max-body-size} with a 413 problem, before the
 * body is read. A body sent in chunks, without a declared length, is limited as it is read by
 * {@link StreamedBodyLimit}.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before the REST layer reads the body. */
    private static final int PRIORITY = 100;

    void register(@Observes Filters filters, ObjectMapper objectMapper, IngestConfig config) {
        long limit = config.maxBodySize().asLongValue();
        byte[] problem = json(objectMapper, Problems.http(413, StreamedBodyLimit.tooLarge(limit)));
        filters.register(context -> {
            if (declaredLength(context) > limit) {
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
