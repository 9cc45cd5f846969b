package io.techpool.round;

import io.techpool.platform.ApiDocument;
import io.techpool.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

@Path("/api/v1/achievements/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    RoundFeedback feedback;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(CurrentUser.INSTITUTION)
    @Extension(name = ApiDocument.PROBLEMS, value = "409")
    public Feedback feedback(@PathParam("id") String id) {
        return feedback.feedback(currentUser, id);
    }
}
