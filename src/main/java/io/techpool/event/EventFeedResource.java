package io.techpool.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /feeds/events.ics}: every event not ended yet as one calendar anyone may subscribe to (language by
 * {@code ?lang=}); a cancelled event stays in it, marked cancelled, until it would have ended.
 */
@Path("/feeds")
public class EventFeedResource {

    @jakarta.inject.Inject
    EventService events;

    @GET
    @jakarta.annotation.security.PermitAll
    @Path("events.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    public String events(@Context UriInfo uri) {
        return events.feed(uri.getBaseUri());
    }
}
