package io.techpool.review;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/reviewers")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewerResource {

    @Inject
    ReviewerService reviewers;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("me")
    @RolesAllowed(CurrentUser.REVIEWER)
    public ReviewerProfile.View me() {
        return reviewers.me(currentUser);
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.REVIEWER)
    public ReviewerProfile.View editMe(@NotNull @Valid ReviewerProfile.Edit body) {
        return reviewers.editMe(currentUser, body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.OPERATOR)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewerProfile.View.class)))
    public Response register(@NotNull @Valid ReviewerProfile.Registration body) {
        ReviewerProfile.View view = reviewers.register(body);
        return Response.created(URI.create("/api/v1/reviewers/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed(CurrentUser.OPERATOR)
    public Page<ReviewerProfile.View> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reviewers.list(page, size);
    }
}
