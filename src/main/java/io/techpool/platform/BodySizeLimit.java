package io.techpool.platform;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body over {@code techpool.max-body-size} with a 413 problem before anything reads it.
 * File uploads ({@code multipart/form-data}) are exempt: each upload endpoint sets its own, larger limit
 * (the achievement import: {@code techpool.excel.max-file-size}). The transport limit
 * ({@code quarkus.http.limits.max-body-size}) sits above both and cuts off any body that grows past it.
 */
public class BodySizeLimit {

    // A provider: filters are built at static init, before runtime configuration exists.
    @Inject
    Provider<TechPoolConfig> config;

    @Inject
    CurrentLanguage language;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversize(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        String type = request.getHeaderString("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        if (length == null) {
            // Sent in chunks, a body declares no length: it is counted as it is read instead, and cut off
            // with the same 413 once it passes the limit (the transport limit alone sits far higher).
            if (isJson(request.getHeaderString("Content-Type"))) {
                long limit = config.get().maxBodySize().asLongValue();
                request.setEntityStream(new Limited(request.getEntityStream(), limit));
            }
            return null;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        long limit = config.get().maxBodySize().asLongValue();
        if (declared <= limit) {
            return null;
        }
        Messages msg = language.messages();
        return Response.status(413)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(413, ProblemMapper.title(413, msg), msg.bodyOverLimit(limit))
                        .at(request.getUriInfo().getPath()))
                .build();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.endsWith("/json") || type.endsWith("+json");
    }

    /** A body stream that refuses to deliver more than {@code limit} bytes: 413, as a declared oversize body. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }

    /**
     * A chunked body past the limit. Thrown from inside the JSON reader, which wraps it (Jackson wraps what a
     * property's value throws): {@link ProblemMapper} finds it in the cause chain and answers 413.
     */
    static final class TooLarge extends WebApplicationException {

        TooLarge() {
            super(413);
        }

        /** Whether the failure is, or was caused by, a body cut off at the limit. */
        static boolean in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge) {
                    return true;
                }
            }
            return false;
        }
    }
}
