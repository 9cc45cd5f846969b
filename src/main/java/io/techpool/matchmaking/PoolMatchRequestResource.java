package io.techpool.matchmaking;

import io.techpool.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An investor asks to meet the team of a pool entry. */
@Path("/api/v1/pool/{id}/match-requests")
@Produces(MediaType.APPLICATION_JSON)
public class PoolMatchRequestResource {

    @Inject
    MatchmakingService matchmaking;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.INVESTOR)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MatchRecords.Detail.class)))
    public Response request(@PathParam("id") String id, @NotNull @Valid MatchRecords.CreateRequest body) {
        MatchRecords.Detail view = matchmaking.request(currentUser, id, body);
        return Response.created(URI.create("/api/v1/match-requests/" + view.id()))
                .entity(view)
                .build();
    }
}
