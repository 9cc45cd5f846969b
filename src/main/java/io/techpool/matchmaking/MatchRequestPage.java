package io.techpool.matchmaking;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.FormErrors;
import io.techpool.platform.Ids;
import io.techpool.platform.Language;
import io.techpool.platform.web.FieldErrors;
import io.techpool.platform.web.FormFields;
import io.techpool.platform.web.Pager;
import io.techpool.pool.PoolService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The investor's match requests as pages: the request-contact form (posted by the pool entry's page), the list
 * with unread marks, and one request with its thread, the team's contact once accepted, and the pipeline steps.
 */
@Path("/investor/requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.INVESTOR)
public class MatchRequestPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "MatchRequestPage")
    static class Templates {
        static native TemplateInstance list(List<Row> requests, Pager pager);

        static native TemplateInstance form(Entry entry, RequestForm form, List<Choice> modes, FieldErrors errors);

        static native TemplateInstance detail(
                RequestView request, String text, FieldErrors messageErrors, FieldErrors errors, String notice);

        static native TemplateInstance detail$conversation(RequestView request, String text, FieldErrors messageErrors);
    }

    public record Entry(String id, String title) {}

    /** The request-contact form as typed; its inputs are named as the JSON fields of the API's call. */
    public record RequestForm(
            String message,
            String transferMode,
            String budgetMin,
            String budgetMax,
            String source,
            String sourceEventId) {}

    public record Choice(String value, String label, boolean checked) {}

    public record Row(
            String id, String entryId, String title, String status, OffsetDateTime createdAt, boolean unread) {}

    public record Contact(String name, String phone, String email) {}

    public record Message(boolean mine, String text, OffsetDateTime sentAt) {}

    public record RequestView(
            String id,
            String entryId,
            String title,
            String status,
            String message,
            String transferMode,
            BigDecimal budgetMin,
            BigDecimal budgetMax,
            OffsetDateTime createdAt,
            String declineReason,
            Contact contact,
            List<Message> messages,
            List<String> steps,
            boolean talking) {}

    @Inject
    MatchmakingService matchmaking;

    @Inject
    PoolService pool;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        int at = Math.max(0, page);
        var found = matchmaking.list(currentUser, at, PAGE_SIZE);
        Language lang = language.get();
        List<Row> rows = found.items().stream()
                .map(s -> new Row(
                        s.id(),
                        s.entryId(),
                        s.title().pick(lang),
                        s.status().name(),
                        s.createdAt(),
                        Boolean.TRUE.equals(s.unread())))
                .toList();
        return Templates.list(rows, Pager.of("/investor/requests", at, PAGE_SIZE, found.total()));
    }

    @GET
    @Path("new")
    public TemplateInstance form(
            @QueryParam("entry") String entryId,
            @QueryParam("source") String source,
            @QueryParam("sourceEventId") String sourceEventId) {
        return form(entryId, new RequestForm("", "", "", "", source, sourceEventId), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(
            @RestForm String entryId,
            @RestForm String message,
            @RestForm String transferMode,
            @RestForm String budgetMin,
            @RestForm String budgetMax,
            @RestForm String source,
            @RestForm String sourceEventId) {
        RequestForm form = new RequestForm(message, transferMode, budgetMin, budgetMax, source, sourceEventId);
        try {
            FormFields fields = new FormFields();
            var body = new MatchRecords.CreateRequest(
                    fields.text("message", message),
                    transferMode == null || transferMode.isBlank() ? null : transferMode,
                    fields.decimal("budgetMin", budgetMin),
                    fields.decimal("budgetMax", budgetMax),
                    fields.constant("source", source, MatchSource.class),
                    sourceEventId == null || sourceEventId.isBlank() ? null : sourceEventId);
            fields.check();
            validate(body);
            MatchRecords.Detail created = matchmaking.request(currentUser, entryId, body);
            return Response.seeOther(URI.create("/investor/requests/" + created.id() + "?notice=sent"))
                    .build();
        } catch (RuntimeException refused) {
            FieldErrors errors = errors(refused);
            return Response.status(status(refused))
                    .entity(form(entryId, form, errors))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("notice") String notice) {
        return Templates.detail(
                view(matchmaking.get(currentUser, id)),
                "",
                FieldErrors.none(),
                FieldErrors.none(),
                notice == null ? "" : notice);
    }

    /** With htmx the thread is answered in place (errors in it too); without, POST/redirect/GET. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@PathParam("id") String id, @RestForm String text, @HeaderParam("HX-Request") String htmx) {
        try {
            FormFields fields = new FormFields();
            var body = new MatchRecords.NewMessage(fields.text("text", text));
            fields.check();
            validate(body);
            MatchRecords.Detail detail = matchmaking.write(currentUser, id, body);
            return htmx != null
                    ? Response.ok(Templates.detail$conversation(view(detail), "", FieldErrors.none()))
                            .build()
                    : Response.seeOther(URI.create("/investor/requests/" + id)).build();
        } catch (RuntimeException refused) {
            FieldErrors errors = errors(refused);
            RequestView request = view(matchmaking.get(currentUser, id));
            return htmx != null
                    ? Response.ok(Templates.detail$conversation(request, text, errors))
                            .build()
                    : Response.status(status(refused))
                            .entity(Templates.detail(request, text, errors, FieldErrors.none(), ""))
                            .build();
        }
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") String id, @RestForm String status, @RestForm String dealValue) {
        try {
            FormFields fields = new FormFields();
            var body = new MatchRecords.StatusChange(
                    fields.constant("status", status, MatchStatus.class), fields.decimal("dealValue", dealValue), null);
            fields.check();
            validate(body);
            matchmaking.changeStatus(currentUser, id, body);
            return Response.seeOther(URI.create("/investor/requests/" + id + "?notice=status"))
                    .build();
        } catch (RuntimeException refused) {
            FieldErrors errors = errors(refused);
            return Response.status(status(refused))
                    .entity(Templates.detail(
                            view(matchmaking.get(currentUser, id)), "", FieldErrors.none(), errors, ""))
                    .build();
        }
    }

    private TemplateInstance form(String entryId, RequestForm form, FieldErrors errors) {
        Language lang = language.get();
        PoolService.PublishedEntry entry = Ids.uuid(entryId)
                .flatMap(pool::published)
                .orElseThrow(() -> new DomainException.NotFound(m -> m.poolEntryNotFound(String.valueOf(entryId))));
        List<Choice> modes = Arrays.stream(TransferMode.values())
                .filter(m -> entry.transferModes() == null
                        || entry.transferModes().isEmpty()
                        || entry.transferModes().contains(m.name()))
                .map(m -> new Choice(
                        m.name(), AchievementKinds.label(m).in(lang), m.name().equals(form.transferMode())))
                .toList();
        return Templates.form(
                new Entry(entry.id().toString(), lang.pick(entry.titleZh(), entry.titleEn())), form, modes, errors);
    }

    private RequestView view(MatchRecords.Detail d) {
        Language lang = language.get();
        return new RequestView(
                d.id(),
                d.entryId(),
                d.title().pick(lang),
                d.status().name(),
                d.message(),
                d.transferMode() == null
                        ? ""
                        : AchievementKinds.label(TransferMode.valueOf(d.transferMode()))
                                .in(lang),
                d.budgetMin(),
                d.budgetMax(),
                d.createdAt(),
                d.declineReason() == null ? "" : d.declineReason(),
                d.contact() == null
                        ? null
                        : new Contact(
                                d.contact().name(),
                                d.contact().phone(),
                                d.contact().email()),
                d.messages().stream()
                        .map(m -> new Message(m.side() == Side.INVESTOR, m.text(), m.sentAt()))
                        .toList(),
                d.next().stream()
                        .filter(MatchStatus.PIPELINE::contains)
                        .map(Enum::name)
                        .toList(),
                MatchStatus.TALKING.contains(d.status()));
    }

    private void validate(Object body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private FieldErrors errors(RuntimeException refused) {
        return FormErrors.of(refused, language.get()).map(FieldErrors::of).orElseThrow(() -> refused);
    }

    private static int status(RuntimeException refused) {
        return refused instanceof DomainException domain ? domain.status() : 400;
    }
}
