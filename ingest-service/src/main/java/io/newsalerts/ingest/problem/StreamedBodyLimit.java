package io.newsalerts.ingest.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.newsalerts.ingest.config.IngestConfig;

/**
 * Answers a request body that passes {@code newsalerts.max-body-size} while it is read (one sent in chunks,
 * without a declared length) with a 413 problem. The HTTP layer's own limit,
 * {@code quarkus.http.limits.max-body-size}, is set above it: that one would end the exchange with a bare 413.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    /** Looked up per request: the REST layer creates its interceptors before the configuration is there. */
    private final Instance<IngestConfig> config;

    StreamedBodyLimit(Instance<IngestConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = config.get().maxBodySize().asLongValue();
        context.setInputStream(new LimitedInputStream(context.getInputStream(), limit));
        return context.proceed();
    }

    /** The detail of the 413 problem, for declared and streamed bodies alike. */
    static String tooLarge(long limit) {
        return "The request body is larger than " + limit + " bytes; send fewer items per request.";
    }

    /** Passes at most {@code limit} bytes through; one more fails the request with 413. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
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
                throw ProblemException.payloadTooLarge(tooLarge(limit));
            }
        }
    }
}
