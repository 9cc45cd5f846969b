package io.techpool.matchmaking;

import io.techpool.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The matchmaking funnel the operator reports upward; {@code ?round=} narrows it to one round's entries. */
@Path("/api/v1/matchmaking/funnel")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.OPERATOR)
public class FunnelResource {

    @Inject
    MatchmakingService matchmaking;

    @GET
    public MatchRecords.Funnel funnel(@QueryParam("round") String round) {
        return matchmaking.funnel(round);
    }
}
