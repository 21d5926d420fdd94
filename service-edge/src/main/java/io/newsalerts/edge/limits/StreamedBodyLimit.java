package io.newsalerts.edge.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.newsalerts.edge.problem.ProblemException;

/**
 * Answers a request body that passes its {@link BodyLimits limit} while it is read (one sent in chunks, without a
 * declared length) with a 413 problem. The HTTP layer's own limit, {@code quarkus.http.limits.max-body-size}, sits
 * above it: that one would end the exchange with a bare 413.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    /** Looked up per request: the REST layer creates its interceptors before the configuration is there. */
    private final Instance<BodyLimits> limits;

    StreamedBodyLimit(Instance<BodyLimits> limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        BodyLimits bodyLimits = limits.get();
        long limit = bodyLimits.limit(context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        context.setInputStream(new LimitedInputStream(context.getInputStream(), limit, bodyLimits.tooLarge(limit)));
        return context.proceed();
    }

    /** Passes at most {@code limit} bytes through; one more fails the request with 413. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private final ProblemException tooLarge;
        private long count;

        LimitedInputStream(InputStream in, long limit, ProblemException tooLarge) {
            super(in);
            this.limit = limit;
            this.tooLarge = tooLarge;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge;
            }
        }
    }
}
