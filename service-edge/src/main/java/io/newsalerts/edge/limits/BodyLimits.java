package io.newsalerts.edge.limits;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.edge.config.EdgeConfig;
import io.newsalerts.edge.ndjson.Ndjson;
import io.newsalerts.edge.problem.ProblemException;

/**
 * The largest body a request may carry: {@code newsalerts.max-body-size} for an NDJSON request,
 * {@code newsalerts.max-json-body-size} (by default the same) for any other.
 */
@ApplicationScoped
public class BodyLimits {

    private final long maxBodySize;
    private final long maxJsonBodySize;

    BodyLimits(EdgeConfig config) {
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.maxJsonBodySize = config.maxJsonBodySize().map(size -> size.asLongValue()).orElse(maxBodySize);
    }

    /** The limit for a body of this Content-Type. */
    public long limit(String contentType) {
        return contentType != null && contentType.strip().toLowerCase().startsWith(Ndjson.MEDIA_TYPE)
                ? maxBodySize : maxJsonBodySize;
    }

    public ProblemException tooLarge(long limit) {
        return ProblemException.payloadTooLarge("The request body is larger than " + limit
                + " bytes; send fewer or smaller items per request.");
    }
}
