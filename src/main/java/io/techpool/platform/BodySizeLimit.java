package io.techpool.platform;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared JSON body over {@code techpool.max-body-size} with a 413 problem before anything
 * reads it. The transport limit ({@code quarkus.http.limits.max-body-size}) sits higher, for uploads,
 * and still cuts off any body that grows past it.
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
        if (length == null) {
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
