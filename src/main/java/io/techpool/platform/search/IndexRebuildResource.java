package io.techpool.platform.search;

import io.techpool.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The operator's index rebuild: start it, then follow its progress. */
@Path("/api/v1/search-index/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.OPERATOR)
public class IndexRebuildResource {

    @Inject
    IndexRebuild rebuild;

    @POST
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the rebuild runs; its progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndexRebuild.Progress.class)))
    public Response start() {
        return Response.accepted(rebuild.start())
                .location(URI.create("/api/v1/search-index/rebuild"))
                .build();
    }

    @GET
    public IndexRebuild.Progress progress() {
        return rebuild.progress();
    }
}
