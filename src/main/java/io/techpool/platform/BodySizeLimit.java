package io.techpool.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses a declared body over the limit with a 413 problem before anything reads it; Vert.x
 * still cuts off chunked bodies that grow past the same limit.
 */
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

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
        if (declared <= maxBodySize.asLongValue()) {
            return null;
        }
        Language language = Language.of(request.getAcceptableLanguages());
        String detail = language.pick("请求体超过上限 " + maxBodySize.asLongValue() + " 字节。",
                "The request body exceeds the limit of " + maxBodySize.asLongValue() + " bytes.");
        return Response.status(413)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(413, ProblemMapper.title(413, language), detail).at(request.getUriInfo().getPath()))
                .build();
    }
}
