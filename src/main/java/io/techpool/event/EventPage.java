package io.techpool.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.FormErrors;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.web.FieldErrors;
import io.techpool.platform.web.Pager;
import io.techpool.pool.PoolHitView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public event pages: upcoming and past events, one event with its times (in its own zone, and in the
 * viewer's by {@code js/techpool.js}), its pool entries as cards, and for investors registering, giving up their
 * place and, once registered, a match request on a presented entry in one step. The institutions whose entries are
 * presented also see who registered (names and organizations, never an e-mail).
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class EventPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "EventPage")
    static class Templates {
        static native TemplateInstance list(List<EventCard> events, boolean past, Pager pager);

        static native TemplateInstance detail(
                EventDetail event,
                List<PoolHitView> entries,
                EventRecords.Registrants registrants,
                String notice,
                FieldErrors errors);
    }

    @Inject
    EventService events;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @GET
    public TemplateInstance list(
            @QueryParam("past") @DefaultValue("false") boolean past, @QueryParam("page") @DefaultValue("0") int page) {
        int at = Math.max(0, page);
        Page<EventRecords.EventView> found = events.list(past, at, PAGE_SIZE);
        Language lang = language.get();
        List<EventCard> cards =
                found.items().stream().map(e -> EventCard.of(e, lang)).toList();
        Pager pager = Pager.of("/events", past ? Map.of("past", "true") : Map.of(), at, PAGE_SIZE, found.total());
        return Templates.list(cards, past, pager);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("notice") String notice) {
        return detail(id, notice == null ? "" : notice, FieldErrors.none());
    }

    @POST
    @Path("{id}/registration")
    @RolesAllowed(CurrentUser.INVESTOR)
    public Response register(@PathParam("id") String id) {
        try {
            EventRecords.MyRegistration mine = events.register(currentUser, id);
            String notice = mine.status() == RegistrationStatus.WAITING ? "waiting" : "registered";
            return Response.seeOther(URI.create("/events/" + id + "?notice=" + notice))
                    .build();
        } catch (DomainException refused) {
            return refusedWith(id, refused);
        }
    }

    @POST
    @Path("{id}/registration/delete")
    @RolesAllowed(CurrentUser.INVESTOR)
    public Response unregister(@PathParam("id") String id) {
        try {
            events.unregister(currentUser, id);
            return Response.seeOther(URI.create("/events/" + id + "?notice=unregistered"))
                    .build();
        } catch (DomainException refused) {
            return refusedWith(id, refused);
        }
    }

    /** The event again with what was refused above it; 404 and 403 are the error page's. */
    private Response refusedWith(String id, DomainException refused) {
        FieldErrors errors =
                FormErrors.of(refused, language.get()).map(FieldErrors::of).orElseThrow(() -> refused);
        return Response.status(refused.status()).entity(detail(id, "", errors)).build();
    }

    private TemplateInstance detail(String id, String notice, FieldErrors errors) {
        Optional<String> investor =
                currentUser.is(CurrentUser.INVESTOR) ? Optional.of(currentUser.subject()) : Optional.empty();
        EventRecords.EventView view = events.get(id, investor);
        Language lang = language.get();
        List<PoolHitView> entries =
                view.entries().stream().map(h -> PoolHitView.of(h, lang)).toList();
        // Only the owners of a presented entry see who registered here; everyone else gets null and no section.
        EventRecords.Registrants registrants =
                events.registrantsForOwner(currentUser, id).orElse(null);
        return Templates.detail(EventDetail.of(view, lang), entries, registrants, notice, errors);
    }
}
