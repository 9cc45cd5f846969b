package io.techpool.platform;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
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
        if (length == null
                || (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data"))) {
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
}
