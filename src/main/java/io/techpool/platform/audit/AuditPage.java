package io.techpool.platform.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.FormErrors;
import io.techpool.platform.Page;
import io.techpool.platform.TechPoolConfig;
import io.techpool.platform.web.FieldErrors;
import io.techpool.platform.web.Pager;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log for operators as a page: filters (action, actor, subject, days), the entries newest first,
 * paged, and a link that exports the same selection as CSV. With htmx, changing a filter answers the results
 * alone, and the address bar keeps the filters (so a filtered view can be bookmarked and shared).
 */
@Path("/operator/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.OPERATOR)
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "AuditPage")
    static class Templates {
        static native TemplateInstance list(
                Filters filters,
                List<String> actions,
                List<AuditRecord> entries,
                long total,
                Pager pager,
                String export,
                FieldErrors errors);

        static native TemplateInstance list$results(
                List<AuditRecord> entries, long total, Pager pager, String export, FieldErrors errors);
    }

    /** The filters as typed, shown again in the form. */
    public record Filters(String action, String actor, String subject, String from, String to) {}

    @Inject
    AuditLog audit;

    @Inject
    AuditExport export;

    @Inject
    TechPoolConfig config;

    @Inject
    CurrentLanguage language;

    @GET
    public Response list(
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @HeaderParam("HX-Request") String htmx) {
        Filters typed = new Filters(trim(action), trim(actor), trim(subject), trim(from), trim(to));
        int at = Math.max(0, page);
        AuditFilter filter;
        try {
            filter = AuditFilter.parse(action, actor, subject, from, to, config.timeZone());
        } catch (DomainException.Invalid refused) {
            FieldErrors errors =
                    FieldErrors.of(FormErrors.of(refused, language.get()).orElseThrow());
            Pager none = Pager.of("/operator/audit", 0, PAGE_SIZE, 0);
            // htmx swaps only successful answers: the refusal is answered in place (as the other pages do).
            return htmx != null
                    ? Response.ok(Templates.list$results(List.of(), 0, none, "", errors))
                            .build()
                    : Response.status(400)
                            .entity(Templates.list(typed, audit.actions(), List.of(), 0, none, "", errors))
                            .build();
        }
        Page<AuditRecord> found = audit.find(filter, at, PAGE_SIZE);
        Map<String, String> query = typedQuery(typed);
        Pager pager = Pager.of("/operator/audit", query, at, PAGE_SIZE, found.total());
        String export = "/operator/audit/export.csv"
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&", query.isEmpty() ? "" : "?", ""));
        FieldErrors none = FieldErrors.none();
        return Response.ok(
                        htmx != null
                                ? Templates.list$results(found.items(), found.total(), pager, export, none)
                                : Templates.list(
                                        typed, audit.actions(), found.items(), found.total(), pager, export, none))
                .build();
    }

    /** The same selection as CSV, for the signed-in operator (the API's export wants a bearer token). */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return export.csv(AuditFilter.parse(action, actor, subject, from, to, config.timeZone()));
    }

    /** The filters as the operator typed them (a day stays a day), for the pager's and the export's links. */
    private static Map<String, String> typedQuery(Filters f) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        put(query, "action", f.action());
        put(query, "actor", f.actor());
        put(query, "subject", f.subject());
        put(query, "from", f.from());
        put(query, "to", f.to());
        return query;
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.put(name, value);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
