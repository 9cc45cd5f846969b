package io.techpool.investor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.FormErrors;
import io.techpool.platform.Language;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.platform.web.FieldErrors;
import io.techpool.platform.web.FormFields;
import io.techpool.platform.web.Pager;
import io.techpool.pool.PoolRecords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Saved searches as pages: the list with "N new", one search opened (its new entries marked, then seen), the
 * form that saves a search (posted by the pool's search page with its URL parameters' names) and deleting.
 */
@Path("/investor/saved-searches")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.INVESTOR)
public class SavedSearchPage {

    static final int PAGE_SIZE = 20;

    /** The API's criteria fields under the names of the pool's URL parameters, which the form uses. */
    static final Map<String, String> INPUTS = Map.of(
            "criteria.q", "q",
            "criteria.sections", "section",
            "criteria.industries", "industry",
            "criteria.trlMin", "trlMin",
            "criteria.trlMax", "trlMax",
            "criteria.transferModes", "transferMode",
            "criteria.levels", "level",
            "criteria.ipKinds", "ipKind",
            "criteria.regions", "region",
            "criteria.chains", "chain");

    @CheckedTemplate(basePath = "SavedSearchPage")
    static class Templates {
        static native TemplateInstance list(List<Row> searches, String notice, long count, long limit);

        static native TemplateInstance form(SearchForm form, List<Choice> choices, FieldErrors errors);

        static native TemplateInstance opened(Row search, List<Hit> hits, Pager pager);
    }

    /**
     * The form's fields, named as the pool's URL parameters ({@code /pool?q=&section=&industry=…}); {@code round}
     * is taken and ignored: a saved search is about what will match, which no past round does.
     */
    public record SearchForm(
            String name,
            String q,
            List<String> section,
            List<String> industry,
            String trlMin,
            String trlMax,
            List<String> transferMode,
            List<String> level,
            List<String> ipKind,
            List<String> region,
            List<String> chain) {

        static SearchForm of(MultivaluedMap<String, String> values) {
            return new SearchForm(
                    values.getFirst("name"),
                    values.getFirst("q"),
                    values.get("section"),
                    values.get("industry"),
                    values.getFirst("trlMin"),
                    values.getFirst("trlMax"),
                    values.get("transferMode"),
                    values.get("level"),
                    values.get("ipKind"),
                    values.get("region"),
                    values.get("chain"));
        }
    }

    /** A ticked filter of the form, in words; unticking it drops it. */
    public record Choice(String input, String value, String label) {}

    /** A saved search in the list: name, its query in words, and how many entries are new. */
    public record Row(
            String id,
            String name,
            String q,
            String trlMin,
            String trlMax,
            List<String> filters,
            long newCount,
            OffsetDateTime createdAt) {}

    public record Hit(String id, String title, String organization, String industry, String trl, boolean fresh) {}

    @Inject
    SavedSearchService savedSearches;

    @Inject
    SearchWords words;

    @Inject
    SavedSearchExport export;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        // One page holds them all: an investor keeps at most LIMIT.
        var mine = savedSearches.mine(currentUser, 0, SavedSearchService.LIMIT);
        List<Row> rows = mine.items().stream().map(this::row).toList();
        return Templates.list(rows, notice == null ? "" : notice, mine.total(), SavedSearchService.LIMIT);
    }

    /** The form, filled from a search's parameters: {@code /investor/saved-searches/new?q=光伏&section=D}. */
    @GET
    @Path("new")
    public TemplateInstance form(@Context UriInfo uri) {
        return form(SearchForm.of(uri.getQueryParameters()), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm String name,
            @RestForm String q,
            @RestForm List<String> section,
            @RestForm List<String> industry,
            @RestForm String trlMin,
            @RestForm String trlMax,
            @RestForm List<String> transferMode,
            @RestForm List<String> level,
            @RestForm List<String> ipKind,
            @RestForm List<String> region,
            @RestForm List<String> chain) {
        SearchForm form =
                new SearchForm(name, q, section, industry, trlMin, trlMax, transferMode, level, ipKind, region, chain);
        try {
            FormFields fields = new FormFields();
            fields.text("name", name);
            fields.text("q", q);
            fields.texts("section", section);
            fields.texts("industry", industry);
            fields.texts("region", region);
            fields.texts("chain", chain);
            var criteria = new SavedSearch.Criteria(
                    q == null || q.isBlank() ? null : q.strip(),
                    form.section(),
                    form.industry(),
                    fields.integer("trlMin", form.trlMin()),
                    fields.integer("trlMax", form.trlMax()),
                    fields.enums("transferMode", form.transferMode(), TransferMode.class),
                    fields.enums("level", form.level(), Level.class),
                    fields.enums("ipKind", form.ipKind(), IpKind.class),
                    form.region(),
                    form.chain());
            fields.check();
            var input = new SavedSearchService.SavedSearchInput(form.name(), criteria);
            var violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            savedSearches.save(currentUser, input);
        } catch (RuntimeException refused) {
            FieldErrors errors = FormErrors.of(refused, language.get())
                    .map(e -> FieldErrors.of(e, INPUTS))
                    .orElseThrow(() -> refused);
            return Response.status(400).entity(form(form, errors)).build();
        }
        return Response.seeOther(URI.create("/investor/saved-searches?notice=saved"))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance open(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page) {
        int at = Math.max(0, page);
        SavedSearchService.Opened opened = savedSearches.open(currentUser, id, at, PAGE_SIZE);
        Language lang = language.get();
        List<Hit> hits = opened.results().items().stream()
                .map(h -> hit(h, opened.fresh().contains(h.id()), lang))
                .toList();
        Pager pager = Pager.of(
                "/investor/saved-searches/" + id,
                at,
                PAGE_SIZE,
                opened.results().total());
        return Templates.opened(row(opened.search()), hits, pager);
    }

    /** The search's current results as {@code .xlsx}, as the API exports them (the API wants a bearer token). */
    @GET
    @Path("{id}/export.xlsx")
    @Produces(SheetWriter.XLSX)
    public Response export(@PathParam("id") String id) {
        return export.download(currentUser, id, language.get());
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") String id) {
        savedSearches.delete(currentUser, id);
        return Response.seeOther(URI.create("/investor/saved-searches?notice=deleted"))
                .build();
    }

    private TemplateInstance form(SearchForm form, FieldErrors errors) {
        Language lang = language.get();
        List<Choice> choices = new java.util.ArrayList<>();
        add(choices, "section", form.section(), words::section, lang);
        add(choices, "industry", form.industry(), words::industry, lang);
        add(choices, "transferMode", form.transferMode(), words::transferMode, lang);
        add(choices, "level", form.level(), words::level, lang);
        add(choices, "ipKind", form.ipKind(), words::ipKind, lang);
        add(choices, "region", form.region(), words::region, lang);
        add(choices, "chain", form.chain(), words::chain, lang);
        return Templates.form(form, choices, errors);
    }

    private static void add(
            List<Choice> into,
            String input,
            List<String> values,
            BiFunction<String, Language, String> label,
            Language lang) {
        if (values != null) {
            values.forEach(v -> into.add(new Choice(input, v, label.apply(v, lang))));
        }
    }

    private Row row(SavedSearchService.SavedSearchView v) {
        SavedSearch.Criteria c = v.criteria();
        return new Row(
                v.id(),
                v.name(),
                c.q() == null ? "" : c.q(),
                c.trlMin() == null ? "" : c.trlMin().toString(),
                c.trlMax() == null ? "" : c.trlMax().toString(),
                words.filters(c, language.get()),
                v.newCount(),
                v.createdAt());
    }

    private Hit hit(PoolRecords.Hit h, boolean fresh, Language lang) {
        return new Hit(
                h.id(),
                h.title().pick(lang),
                h.organization() == null ? "" : h.organization().name().pick(lang),
                h.industryName() == null ? h.industryCode() : h.industryName(),
                String.valueOf(h.trl()),
                fresh);
    }
}
