package io.techpool.round;

import io.techpool.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/achievements/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    RoundFeedback feedback;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(CurrentUser.INSTITUTION)
    public Feedback feedback(@PathParam("id") String id) {
        return feedback.feedback(currentUser, id);
    }
}
