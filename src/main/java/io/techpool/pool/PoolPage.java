package io.techpool.pool;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.industry.IndustryChains;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.platform.web.WebMessages;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The public pool pages: home, search, one entry, the pool by industry. Server-rendered for crawlers, over the
 * services the JSON API calls; the search takes the same parameters as {@code GET /api/v1/pool}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PoolPage {

    /** Hits per search page, and entries a card list on the home page shows. */
    static final int PAGE_SIZE = 20;

    static final int NEWEST = 6;

    /** Upcoming events the home page announces. */
    static final int EVENTS = 3;

    static final int SIMILAR = 5;

    /** Entries a division's page lists; the rest are a search away. */
    static final int DIVISION_TOP = 100;

    @CheckedTemplate(basePath = "PoolPage")
    static class Templates {
        static native TemplateInstance home(
                List<SectionFigure> sections,
                long total,
                List<PoolHitView> newest,
                List<ChainFigure> chains,
                List<PoolAnnouncements.Announcement> events);

        static native TemplateInstance search(PoolSearchView view);

        static native TemplateInstance entry(PoolEntryView view);

        static native TemplateInstance industries(List<SectionFigure> sections, long total);

        static native TemplateInstance section(SectionFigure section, List<DivisionFigure> divisions);

        static native TemplateInstance division(
                SectionFigure section, DivisionFigure division, List<RankedRow> entries);
    }

    /** A section of GB/T 4754 with its name in the page's language and its number of pool entries. */
    record SectionFigure(String code, String name, long count) {}

    record DivisionFigure(String code, String name, long count) {}

    /** A key industry chain with its name in the page's language and its number of pool entries. */
    record ChainFigure(String id, String name, long count) {}

    /** An entry of a division, in industry rank. */
    record RankedRow(String id, String title, String composite, int industryRank, String organization) {}

    @Inject
    PoolExport export;

    @Inject
    PoolSearch search;

    @Inject
    PoolService pool;

    @Inject
    IndustryCatalog industries;

    @Inject
    RoundLabels rounds;

    @Inject
    ChainService chains;

    @Inject
    IndustryChains chainFile;

    @Inject
    CurrentLanguage language;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.enterprise.inject.Instance<PoolAnnouncements> announcements;

    @GET
    public TemplateInstance home() {
        Language lang = language.get();
        PoolRecords.Stats stats = pool.stats();
        List<SectionFigure> sections = stats.bySection().entrySet().stream()
                .map(e -> figure(e.getKey(), e.getValue(), lang))
                .toList();
        PoolQuery newest = new PoolQuery(
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                PoolQuery.Sort.newest,
                0,
                NEWEST);
        List<PoolHitView> cards = search.search(newest, lang).items().stream()
                .map(hit -> PoolHitView.of(hit, lang))
                .toList();
        List<ChainFigure> chainFigures = chains.list().stream()
                .map(c -> new ChainFigure(c.id(), c.name().pick(lang), c.entries()))
                .toList();
        List<PoolAnnouncements.Announcement> events = announcements.stream()
                .flatMap(a -> a.upcoming(lang, EVENTS).stream())
                .toList();
        return Templates.home(sections, stats.total(), cards, chainFigures, events);
    }

    /**
     * The same parameters and checks as {@link PoolResource#search}; one search request, facets and hits. A value
     * that does not fit a parameter is a 400 page; values that do not fit together (TRL from above to, a page past
     * the search window) are the form again, with what to change, answered 400.
     */
    @GET
    @Path("pool")
    public Response search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("section")
                    List<@Pattern(regexp = PoolQuery.SECTION, message = "{sectionLetter}") String> sections,
            @QueryParam("industry")
                    List<@Pattern(regexp = PoolQuery.DIVISION, message = "{divisionCode}") String> divisions,
            @QueryParam("trlMin") @Min(1) @Max(9) Integer trlMin,
            @QueryParam("trlMax") @Min(1) @Max(9) Integer trlMax,
            @QueryParam("transferMode") List<TransferMode> transferModes,
            @QueryParam("level") List<Level> levels,
            @QueryParam("ipKind") List<IpKind> ipKinds,
            @QueryParam("region")
                    List<@Pattern(regexp = PoolQuery.PROVINCE_OR_REGION, message = "{provinceOrRegion}") String>
                            regions,
            @QueryParam("round") List<@Size(max = 36) String> rounds,
            @QueryParam("chain")
                    List<@Size(max = 40) @Pattern(regexp = PoolQuery.CHAIN, message = "{chainId}") String> chains,
            @QueryParam("sort") @DefaultValue("score") PoolQuery.Sort sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page) {
        PoolQuery query = new PoolQuery(
                q,
                sections,
                divisions,
                trlMin,
                trlMax,
                transferModes,
                levels,
                ipKinds,
                regions,
                rounds,
                chains,
                sort,
                page,
                PAGE_SIZE);
        Language lang = language.get();
        try {
            query.checked();
            Page.requireInSearchWindow(page, PAGE_SIZE);
        } catch (DomainException.Invalid e) {
            List<String> errors = e.messages(lang);
            PoolRecords.SearchPage nothing = new PoolRecords.SearchPage(List.of(), 0, PAGE_SIZE, 0, Map.of());
            PoolSearchView view =
                    PoolSearchView.of(query, nothing, lang, search, web(lang)).withErrors(errors);
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.search(view))
                    .build();
        }
        PoolRecords.SearchPage result = search.search(query, lang);
        return Response.ok(Templates.search(PoolSearchView.of(query, result, lang, search, web(lang))))
                .build();
    }

    @GET
    @Path("pool/{id}")
    public TemplateInstance entry(@PathParam("id") String id) {
        Language lang = language.get();
        PoolRecords.Entry entry = pool.entry(id);
        List<PoolHitView> similar = search
                .similar(
                        Ids.uuid(entry.id()).orElseThrow(),
                        entry.industryCode(),
                        entry.achievement().keywords(),
                        SIMILAR,
                        lang)
                .stream()
                .map(hit -> PoolHitView.of(hit, lang))
                .toList();
        return Templates.entry(PoolEntryView.of(
                entry,
                industries.section(entry.section()).map(i -> name(i, lang)).orElse(entry.section()),
                search.industryName(entry.industryCode(), lang),
                entry.chains().stream()
                        .flatMap(chain -> chainFile.find(chain).stream())
                        .map(c -> new PoolEntryView.ChainLink(c.id(), c.name().pick(lang)))
                        .toList(),
                rounds.of(entry.roundId()),
                similar,
                lang,
                web(lang),
                json));
    }

    @GET
    @Path("industries")
    public TemplateInstance industries() {
        Language lang = language.get();
        PoolRecords.Stats stats = pool.stats();
        List<SectionFigure> sections = industries.all().stream()
                .filter(Industry::isSection)
                .map(i -> new SectionFigure(
                        i.code(), name(i, lang), stats.bySection().getOrDefault(i.code(), 0L)))
                .toList();
        return Templates.industries(sections, stats.total());
    }

    /** The pool by industry as {@code .xlsx} for the signed-in operator, as the API exports it (which wants a token). */
    @GET
    @Path("industries/export.xlsx")
    @RolesAllowed(CurrentUser.OPERATOR)
    @Produces(SheetWriter.XLSX)
    public Response export() {
        return export.download(language.get());
    }

    @GET
    @Path("industries/{section}")
    public TemplateInstance section(@PathParam("section") String code) {
        Language lang = language.get();
        Industry section = industries.section(code).orElseThrow(NotFoundException::new);
        Map<String, Long> counts = pool.byIndustry(lang, 1).stream()
                .filter(s -> s.code().equals(code))
                .flatMap(s -> s.divisions().stream())
                .collect(java.util.stream.Collectors.toMap(PoolRecords.Division::code, PoolRecords.Division::count));
        List<DivisionFigure> divisions = industries.all().stream()
                .filter(i -> !i.isSection() && i.section().equals(code))
                .map(i -> new DivisionFigure(i.code(), name(i, lang), counts.getOrDefault(i.code(), 0L)))
                .toList();
        return Templates.section(
                new SectionFigure(
                        code,
                        name(section, lang),
                        counts.values().stream().mapToLong(Long::longValue).sum()),
                divisions);
    }

    @GET
    @Path("industries/{section}/{division}")
    public TemplateInstance division(@PathParam("section") String sectionCode, @PathParam("division") String code) {
        Language lang = language.get();
        Industry section = industries.section(sectionCode).orElseThrow(NotFoundException::new);
        Industry division = industries
                .division(code)
                .filter(i -> i.section().equals(sectionCode))
                .orElseThrow(NotFoundException::new);
        var ranked = pool.division(code, lang, DIVISION_TOP);
        return Templates.division(
                new SectionFigure(section.code(), name(section, lang), 0),
                new DivisionFigure(
                        division.code(),
                        name(division, lang),
                        ranked.map(PoolRecords.Division::count).orElse(0L)),
                ranked.map(PoolRecords.Division::entries).orElse(List.of()).stream()
                        .map(e -> new RankedRow(
                                e.id(),
                                e.title().pick(lang),
                                PoolEntryView.shown(e.composite()),
                                e.industryRank(),
                                e.organization()))
                        .toList());
    }

    private SectionFigure figure(String code, long count, Language lang) {
        return new SectionFigure(
                code, industries.section(code).map(i -> name(i, lang)).orElse(code), count);
    }

    private static String name(Industry industry, Language lang) {
        return lang.pick(industry.nameZh(), industry.nameEn());
    }

    /** The web texts in a language, for what a view names in Java (facet names, filter labels, chart axes). */
    static WebMessages web(Language lang) {
        return lang == Language.ZH
                ? MessageBundles.get(WebMessages.class)
                : MessageBundles.get(
                        WebMessages.class, Localized.Literal.of(lang.locale().toLanguageTag()));
    }
}
