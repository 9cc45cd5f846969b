package io.techpool.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A {@code Content-Type} header that is no media type at all ({@code ;;;}) is refused with a 415 problem before
 * anything parses it: left alone it fails deep in the request matching and answered 500 (found by BadInputTest).
 */
public class ContentTypeHeader {

    @Inject
    CurrentLanguage language;

    @ServerRequestFilter(preMatching = true)
    public Response refuseMalformed(ContainerRequestContext request) {
        String header = request.getHeaderString("Content-Type");
        if (header == null) {
            return null;
        }
        try {
            MediaType.valueOf(header);
            return null;
        } catch (IllegalArgumentException malformed) {
            Messages msg = language.messages();
            return Response.status(415)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(415, ProblemMapper.title(415, msg), msg.mediaTypeNotSupported())
                            .at(request.getUriInfo().getPath()))
                    .build();
        }
    }
}
