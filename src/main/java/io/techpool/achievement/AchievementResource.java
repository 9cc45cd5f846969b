package io.techpool.achievement;

import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.platform.ApiDocument;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
public class AchievementResource {

    @Inject
    AchievementService achievements;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.INSTITUTION)
    @APIResponse(
            responseCode = "201",
            description = "Created: the draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AchievementView.class)))
    public Response create(@NotNull @Valid AchievementInput body) {
        AchievementView view = achievements.create(currentUser, body);
        return Response.created(URI.create("/api/v1/achievements/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
    @Extension(name = ApiDocument.PROBLEMS, value = "503")
    public Page<AchievementView> list(
            @QueryParam("status") Status status,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return achievements.list(currentUser, status, q, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR, CurrentUser.REVIEWER})
    public AchievementView get(@PathParam("id") String id) {
        return achievements.get(currentUser, id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public AchievementView replace(@PathParam("id") String id, @NotNull @Valid AchievementInput body) {
        return achievements.replace(currentUser, id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.INSTITUTION)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        achievements.delete(currentUser, id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public AchievementView submit(@PathParam("id") String id) {
        return achievements.submit(currentUser, id);
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed(CurrentUser.INSTITUTION)
    @APIResponse(
            responseCode = "201",
            description = "Created: the new draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AchievementView.class)))
    public Response revise(@PathParam("id") String id) {
        AchievementView draft = achievements.revise(currentUser, id);
        return Response.created(URI.create("/api/v1/achievements/" + draft.id()))
                .entity(draft)
                .build();
    }

    /** What a revision changed against the achievement it revises, field by field. */
    @GET
    @Path("{id}/changes")
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
    public List<AchievementChanges.Change> changes(@PathParam("id") String id) {
        return achievements.changes(currentUser, id);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public AchievementView withdraw(@PathParam("id") String id) {
        return achievements.withdraw(currentUser, id);
    }
}
