package io.techpool.matchmaking;

import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** The requests themselves: lists, one request, the owner's answer, the thread and the pipeline. */
@Path("/api/v1/match-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.INVESTOR, CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
public class MatchRequestResource {

    /** How many received requests the caller's organization has not opened yet. */
    static final String UNREAD_HEADER = "X-Unread-Count";

    @Inject
    MatchmakingService matchmaking;

    @Inject
    CurrentUser currentUser;

    @GET
    public RestResponse<Page<MatchRecords.Summary>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return RestResponse.ResponseBuilder.ok(matchmaking.list(currentUser, page, size))
                .header(UNREAD_HEADER, matchmaking.unread(currentUser))
                .build();
    }

    @GET
    @Path("{id}")
    public MatchRecords.Detail get(@PathParam("id") String id) {
        return matchmaking.get(currentUser, id);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public MatchRecords.Detail accept(@PathParam("id") String id) {
        return matchmaking.accept(currentUser, id);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.INSTITUTION)
    public MatchRecords.Detail decline(@PathParam("id") String id, @Valid MatchRecords.Decline body) {
        return matchmaking.decline(currentUser, id, body);
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CurrentUser.INVESTOR, CurrentUser.INSTITUTION})
    @APIResponse(
            responseCode = "201",
            description = "Created: the request with the new message",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MatchRecords.Detail.class)))
    public Response write(@PathParam("id") String id, @NotNull @Valid MatchRecords.NewMessage body) {
        return Response.status(201)
                .entity(matchmaking.write(currentUser, id, body))
                .build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CurrentUser.INVESTOR, CurrentUser.INSTITUTION})
    public MatchRecords.Detail changeStatus(
            @PathParam("id") String id, @NotNull @Valid MatchRecords.StatusChange body) {
        return matchmaking.changeStatus(currentUser, id, body);
    }
}
