package io.techpool.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.FormErrors;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.web.FieldErrors;
import io.techpool.platform.web.Pager;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The operators' event console: the events, the form that creates and edits one (times typed as wall-clock
 * times in the event's zone), cancelling, who registered and the export of that list.
 */
@Path("/operator/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.OPERATOR)
public class OperatorEventPage {

    static final int LIST_SIZE = 50;

    @CheckedTemplate(basePath = "OperatorEventPage")
    static class Templates {
        static native TemplateInstance list(List<EventCard> events, boolean past, Pager pager, String notice);

        static native TemplateInstance form(String id, EventForm form, FieldErrors errors);

        static native TemplateInstance detail(
                EventDetail event, List<EventRecords.Registrant> registrants, String notice, FieldErrors errors);
    }

    /**
     * The form as typed, inputs named as the API's JSON fields ({@code title.zh}, {@code startsAt}). Times are
     * {@code datetime-local} values, wall-clock times in {@code timeZone}; {@code achievementIds} one id a line.
     */
    public record EventForm(
            @RestForm("title.zh") String titleZh,
            @RestForm("title.en") String titleEn,
            @RestForm("description.zh") String descriptionZh,
            @RestForm("description.en") String descriptionEn,
            @RestForm String kind,
            @RestForm String url,
            @RestForm String place,
            @RestForm String startsAt,
            @RestForm String endsAt,
            @RestForm String timeZone,
            @RestForm String capacity,
            @RestForm String registrationDeadline,
            @RestForm String achievementIds) {

        static EventForm empty() {
            return new EventForm("", "", "", "", "OFFLINE", "", "", "", "", "Asia/Shanghai", "50", "", "");
        }

        static EventForm of(EventRecords.EventView e) {
            ZoneId zone = ZoneId.of(e.timeZone());
            return new EventForm(
                    e.title().zh(),
                    orEmpty(e.title().en()),
                    e.description().zh(),
                    orEmpty(e.description().en()),
                    e.kind().name(),
                    orEmpty(e.url()),
                    orEmpty(e.place()),
                    local(e.startsAt(), zone),
                    local(e.endsAt(), zone),
                    e.timeZone(),
                    String.valueOf(e.capacity()),
                    local(e.registrationDeadline(), zone),
                    String.join("\n", e.achievementIds()));
        }

        public boolean online() {
            return "ONLINE".equals(kind);
        }

        private static String local(OffsetDateTime at, ZoneId zone) {
            return at.atZoneSameInstant(zone)
                    .toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES)
                    .toString();
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    @Inject
    EventService events;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @Inject
    Validator validator;

    /** Upcoming events, soonest first, or ({@code past=true}) those ended, latest first; a page at a time. */
    @GET
    public TemplateInstance list(
            @QueryParam("past") @DefaultValue("false") boolean past,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("notice") String notice) {
        int at = Math.max(0, page);
        Page<EventRecords.EventView> found = events.list(past, at, LIST_SIZE);
        Language lang = language.get();
        List<EventCard> cards =
                found.items().stream().map(e -> EventCard.of(e, lang)).toList();
        Pager pager =
                Pager.of("/operator/events", past ? Map.of("past", "true") : Map.of(), at, LIST_SIZE, found.total());
        return Templates.list(cards, past, pager, notice == null ? "" : notice);
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.form(null, EventForm.empty(), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam EventForm form) {
        try {
            var created = events.create(input(form));
            return Response.seeOther(URI.create("/operator/events/" + created.id() + "?notice=created"))
                    .build();
        } catch (RuntimeException refused) {
            return Response.status(400)
                    .entity(Templates.form(null, form, errors(refused)))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("notice") String notice) {
        return detail(id, notice == null ? "" : notice, FieldErrors.none());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id) {
        return Templates.form(id, EventForm.of(events.get(id, Optional.empty())), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, @BeanParam EventForm form) {
        try {
            events.update(id, input(form));
            return Response.seeOther(URI.create("/operator/events/" + id + "?notice=saved"))
                    .build();
        } catch (RuntimeException refused) {
            return Response.status(refused instanceof DomainException d ? d.status() : 400)
                    .entity(Templates.form(id, form, errors(refused)))
                    .build();
        }
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") String id) {
        try {
            events.cancel(id);
            return Response.seeOther(URI.create("/operator/events/" + id + "?notice=cancelled"))
                    .build();
        } catch (DomainException refused) {
            return Response.status(refused.status())
                    .entity(detail(id, "", errors(refused)))
                    .build();
        }
    }

    @GET
    @Path("{id}/registrations.xlsx")
    @Produces(RegistrationsWorkbook.MEDIA_TYPE)
    public Response export(@PathParam("id") String id) {
        return Response.ok(events.export(currentUser, id))
                .header("Content-Disposition", "attachment; filename=\"event-" + id + "-registrations.xlsx\"")
                .build();
    }

    private TemplateInstance detail(String id, String notice, FieldErrors errors) {
        EventDetail event = EventDetail.of(events.get(id, Optional.empty()), language.get());
        return Templates.detail(event, events.registrants(currentUser, id).items(), notice, errors);
    }

    /**
     * The form as the API's body: wall-clock times become instants in the form's zone (a time a DST switch skips
     * moves forward by the gap, as {@link java.time.ZonedDateTime#of} does); what does not parse is named.
     */
    private EventRecords.EventInput input(EventForm form) {
        List<DomainException.Invalid.Field> wrong = new ArrayList<>();
        Optional<ZoneId> zone = EventRules.zone(form.timeZone());
        if (zone.isEmpty()) {
            String typed = form.timeZone();
            wrong.add(new DomainException.Invalid.Field("timeZone", m -> m.timeZoneUnknown(typed)));
        }
        OffsetDateTime starts = instant("startsAt", form.startsAt(), zone, wrong);
        OffsetDateTime ends = instant("endsAt", form.endsAt(), zone, wrong);
        OffsetDateTime deadline = instant("registrationDeadline", form.registrationDeadline(), zone, wrong);
        Integer capacity = null;
        if (form.capacity() != null && !form.capacity().isBlank()) {
            try {
                capacity = Integer.valueOf(form.capacity().strip());
            } catch (NumberFormatException e) {
                wrong.add(new DomainException.Invalid.Field("capacity", Messages::wrongTypeOrFormat));
            }
        }
        EventKind kind = null;
        try {
            kind = form.kind() == null || form.kind().isBlank() ? null : EventKind.valueOf(form.kind());
        } catch (IllegalArgumentException e) {
            wrong.add(new DomainException.Invalid.Field("kind", Messages::wrongTypeOrFormat));
        }
        List<String> ids = form.achievementIds() == null
                ? List.of()
                : Arrays.stream(form.achievementIds().split("[\\s,，]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        var input = new EventRecords.EventInput(
                new EventRecords.Title(form.titleZh(), form.titleEn()),
                new EventRecords.Description(form.descriptionZh(), form.descriptionEn()),
                kind,
                blankToNull(form.url()),
                blankToNull(form.place()),
                starts,
                ends,
                form.timeZone(),
                capacity,
                deadline,
                ids);
        var violations = validator.validate(input);
        if (!violations.isEmpty() && wrong.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!wrong.isEmpty()) {
            throw new DomainException.Invalid(wrong);
        }
        return input;
    }

    private static OffsetDateTime instant(
            String field, String value, Optional<ZoneId> zone, List<DomainException.Invalid.Field> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.strip());
            return zone.map(z -> local.atZone(z).toOffsetDateTime()).orElse(null);
        } catch (DateTimeParseException e) {
            wrong.add(new DomainException.Invalid.Field(field, Messages::wrongTypeOrFormat));
            return null;
        }
    }

    private FieldErrors errors(RuntimeException refused) {
        return FormErrors.of(refused, language.get()).map(FieldErrors::of).orElseThrow(() -> refused);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
