package org.kartoteka.common;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 1 MiB limit for a body that does not say its length (chunked transfer encoding), which
 * {@link BodySizeLimit} cannot judge before it is read: the body is counted while it is read, and
 * past the limit the request ends in the same 413 problem. The import file, read as a stream of its
 * own, keeps its larger limit (Quarkus' {@code quarkus.http.limits.max-body-size}).
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "kartoteka.http.max-body-size", defaultValue = "1M")
    MemorySize limit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) != null
                || InputStream.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        context.setInputStream(new Capped(context.getInputStream(), limit.asLongValue()));
        try {
            return context.proceed();
        } catch (RuntimeException | IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException problem) {
                    throw problem;
                }
            }
            throw e;
        }
    }

    /** Counts what is read and stops at the limit. */
    private static final class Capped extends FilterInputStream {

        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body, sent without a Content-Length,"
                        + " has more than " + max + " bytes; this service accepts at most " + max
                        + ". Split the request into smaller ones.");
            }
        }
    }
}
