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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(CurrentUser.REVIEWER)
    public Page<ReviewRecords.Summary> mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reviews.mine(currentUser, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({CurrentUser.REVIEWER, CurrentUser.OPERATOR})
    public ReviewRecords.View get(@PathParam("id") String id) {
        return reviews.get(currentUser, id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.REVIEWER)
    public ReviewRecords.View save(@PathParam("id") String id, @NotNull @Valid ReviewRecords.Save body) {
        return reviews.save(currentUser, id, body);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(CurrentUser.REVIEWER)
    public ReviewRecords.View submit(@PathParam("id") String id) {
        return reviews.submit(currentUser, id);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.REVIEWER)
    public ReviewRecords.View decline(@PathParam("id") String id, @NotNull @Valid ReviewRecords.Decline body) {
        return reviews.decline(currentUser, id, body);
    }
}
