package io.techpool.event;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Promotion events: the operator's calendar, open to anyone; investors register. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class EventResource {

    @Inject
    EventService events;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.OPERATOR)
    @APIResponse(
            responseCode = "201",
            description = "Created: the event",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventRecords.EventView.class)))
    public Response create(@NotNull @Valid EventRecords.EventInput body) {
        EventRecords.EventView view = events.create(body);
        return Response.created(URI.create("/api/v1/events/" + view.id()))
                .entity(view)
                .build();
    }

    /** Upcoming events (not ended yet), soonest first; {@code past=true}: those ended, latest first. */
    @GET
    public Page<EventRecords.EventView> list(
            @QueryParam("past") @DefaultValue("false") boolean past,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return events.list(past, page, size);
    }

    @GET
    @Path("{id}")
    public EventRecords.EventView get(@PathParam("id") String id) {
        return events.get(id, investor());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.OPERATOR)
    public EventRecords.EventView update(@PathParam("id") String id, @NotNull @Valid EventRecords.EventInput body) {
        return events.update(id, body);
    }

    /** Cancels the event: it stays listed as cancelled, its calendar entry says so, the registered are told. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(CurrentUser.OPERATOR)
    public EventRecords.EventView cancel(@PathParam("id") String id) {
        return events.cancel(id);
    }

    /** The event's iCalendar file, its summary in the caller's language. */
    @GET
    @Path("{id}.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    public Response calendar(@PathParam("id") String id, @Context UriInfo uri) {
        return Response.ok(events.calendar(id, uri.getBaseUri()))
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"")
                .build();
    }

    /** Registers the caller; 201 with REGISTERED, or WAITING and the position when the places are taken. */
    @POST
    @Path("{id}/registrations")
    @RolesAllowed(CurrentUser.INVESTOR)
    @APIResponse(
            responseCode = "201",
            description = "Registered, or on the waiting list with its position",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventRecords.MyRegistration.class)))
    public Response register(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED)
                .entity(events.register(currentUser, id))
                .build();
    }

    /** Gives up the caller's place or place in the queue; the first one waiting gets a freed place. */
    @DELETE
    @Path("{id}/registrations")
    @RolesAllowed(CurrentUser.INVESTOR)
    @APIResponse(responseCode = "204", description = "The place or the place in the queue given up")
    public Response unregister(@PathParam("id") String id) {
        events.unregister(currentUser, id);
        return Response.noContent().build();
    }

    /** Who registered: everything for operators; names and organizations for the owners of presented entries. */
    @GET
    @Path("{id}/registrations")
    @RolesAllowed({CurrentUser.OPERATOR, CurrentUser.INSTITUTION})
    public EventRecords.Registrants registrants(@PathParam("id") String id) {
        return events.registrants(currentUser, id);
    }

    /** The registrations as a spreadsheet, for the operators' own lists. */
    @GET
    @Path("{id}/registrations/export")
    @Produces(RegistrationsWorkbook.MEDIA_TYPE)
    @RolesAllowed(CurrentUser.OPERATOR)
    public Response export(
            @PathParam("id") String id,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "xlsx", message = "{xlsxOnly}")
                    String format) {
        return Response.ok(events.export(currentUser, id))
                .header("Content-Disposition", "attachment; filename=\"event-" + id + "-registrations.xlsx\"")
                .build();
    }

    private Optional<String> investor() {
        return currentUser.is(CurrentUser.INVESTOR) ? Optional.of(currentUser.subject()) : Optional.empty();
    }
}
