package io.techpool.investor;

import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import io.techpool.pool.Recommendation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/investors")
@Produces(MediaType.APPLICATION_JSON)
public class InvestorResource {

    @Inject
    InvestorService investors;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("me")
    @RolesAllowed(CurrentUser.INVESTOR)
    public InvestorProfile.View me() {
        return investors.me(currentUser);
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.INVESTOR)
    public InvestorProfile.View editMe(@NotNull @Valid InvestorProfile.Edit body) {
        return investors.editMe(currentUser, body);
    }

    @GET
    @Path("me/recommendations")
    @RolesAllowed(CurrentUser.INVESTOR)
    public Page<Recommendation> recommendations(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return investors.recommendations(currentUser, page, size);
    }
}
