package io.techpool.pool;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Language;
import io.techpool.platform.web.PageContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public pages of the key industry chains: the chains with their entry counts, and each chain's
 * investment-opportunity list with its {@code .xlsx} download. Over the services {@code /api/v1/chains} calls.
 */
@Path("/chains")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ChainPage {

    /** Entries a chain's page lists; the {@code .xlsx} list holds them all. */
    static final int LISTED = 100;

    @CheckedTemplate(basePath = "ChainPage")
    static class Templates {
        static native TemplateInstance list(String title, List<ChainFigure> chains, long total);

        static native TemplateInstance chain(String title, ChainFigure chain, List<OpportunityRow> entries);
    }

    /** A chain with its name in the page's language, its divisions named, and its pool entry count. */
    record ChainFigure(String id, String name, List<String> divisions, List<String> keywords, long count) {}

    /** A line of the opportunity list as the page shows it. */
    record OpportunityRow(
            int rank,
            String id,
            String title,
            String organization,
            String industry,
            int trl,
            String transferModes,
            BigDecimal askingPrice,
            String ipRights,
            String composite) {}

    @Inject
    ChainService chains;

    @Inject
    IndustryCatalog industries;

    @Inject
    CurrentLanguage language;

    @Inject
    PageContext page;

    @GET
    public TemplateInstance list() {
        Language lang = language.get();
        List<ChainFigure> figures =
                chains.list().stream().map(c -> figure(c, lang)).toList();
        return Templates.list(chains.title().pick(lang), figures, chains.poolTotal());
    }

    @GET
    @Path("{id}")
    public TemplateInstance chain(@PathParam("id") String id) {
        Language lang = language.get();
        ChainRecords.Opportunities list = chains.opportunities(id, 0, LISTED, page.base(), lang);
        List<OpportunityRow> rows = list.items().stream()
                .map(o -> new OpportunityRow(
                        o.rank(),
                        o.id(),
                        o.title().pick(lang),
                        o.organization().name().pick(lang),
                        o.industryName(),
                        o.trl(),
                        o.transferModes().stream()
                                .map(m -> AchievementKinds.label(TransferMode.valueOf(m))
                                        .in(lang))
                                .collect(Collectors.joining(lang == Language.ZH ? "、" : ", ")),
                        o.askingPrice(),
                        o.ipRights().stream()
                                .map(ip -> AchievementKinds.label(ip.kind()).in(lang))
                                .distinct()
                                .collect(Collectors.joining(lang == Language.ZH ? "、" : ", ")),
                        PoolEntryView.shown(o.composite())))
                .toList();
        return Templates.chain(chains.title().pick(lang), figure(list.chain(), lang), rows);
    }

    private ChainFigure figure(ChainRecords.ChainView chain, Language lang) {
        return new ChainFigure(
                chain.id(),
                chain.name().pick(lang),
                chain.divisions().stream()
                        .map(code -> code + " "
                                + industries
                                        .division(code)
                                        .map(i -> lang.pick(i.nameZh(), i.nameEn()))
                                        .orElse(""))
                        .toList(),
                lang == Language.ZH ? chain.keywords().zh() : chain.keywords().en(),
                chain.entries());
    }
}
