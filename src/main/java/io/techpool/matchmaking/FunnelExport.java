package io.techpool.matchmaking;

import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.Language;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.excel.ExportTexts;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.pool.PoolService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * The matchmaking funnel as {@code .xlsx} for operators (GET /api/v1/matchmaking/funnel/export): the figures of
 * {@code GET /api/v1/matchmaking/funnel} as they are (the database's groups added up by {@link FunnelFigures}, not
 * counted again), one sheet per grouping, with names where the JSON has codes and ids: section names, round names,
 * status and source labels in the caller's language. An event is named by its id (matchmaking does not read events).
 */
@ApplicationScoped
class FunnelExport {

    @Inject
    MatchmakingService matchmaking;

    @Inject
    AuditLog audit;

    /**
     * The download for the API and the operator's page alike: the funnel of {@code round} (all rounds when blank),
     * audited before the answer starts, then streamed.
     */
    Response download(String round, Language language) {
        MatchRecords.Funnel funnel = matchmaking.funnel(round);
        String scope = round == null || round.isBlank() ? null : round;
        audit.record(
                "matchmaking.export-funnel", "round", scope == null ? "*" : scope, Map.of("requests", funnel.total()));
        StreamingOutput body = out -> write(out, funnel, scope, language);
        return Response.ok(body, SheetWriter.XLSX)
                .header(
                        "Content-Disposition",
                        SheetWriter.attachment(scope == null ? "funnel.xlsx" : "funnel-round-" + scope + ".xlsx"))
                .build();
    }

    @Inject
    IndustryCatalog industries;

    @Inject
    PoolService pool;

    void write(OutputStream out, MatchRecords.Funnel funnel, String round, Language language) throws IOException {
        ExportTexts t = language.bundle(ExportTexts.class);
        Workbook workbook = new Workbook(out, "TechPool", "1.0");

        SheetWriter summary = new SheetWriter(workbook.newWorksheet(t.funnelSummarySheet()));
        summary.header(List.of(t.progressItem(), t.progressValue()));
        summary.row(List.of(
                t.funnelScope(),
                round == null ? t.funnelAllRounds() : pool.roundName(round).orElse(round)));
        summary.row(List.of(t.funnelTotal(), funnel.total()));
        summary.row(List.of(t.funnelConversion(), funnel.conversionRate()));
        summary.row(Arrays.asList(t.funnelMedianHours(), funnel.medianHoursToAcceptance()));

        SheetWriter byStatus = new SheetWriter(workbook.newWorksheet(t.funnelStatusSheet()));
        byStatus.header(List.of(t.colStatus(), t.colRequests(), t.colShare()));
        funnel.byStatus()
                .forEach((status, count) ->
                        byStatus.row(List.of(status(status, t), count, share(count, funnel.total()))));

        SheetWriter bySection = new SheetWriter(workbook.newWorksheet(t.funnelSectionSheet()));
        bySection.header(List.of(t.colSection(), t.colSectionName(), t.colRequests(), t.colShare()));
        funnel.bySection()
                .forEach((section, count) -> bySection.row(Arrays.asList(
                        section,
                        industries
                                .section(section)
                                .map(i -> language.pick(i.nameZh(), i.nameEn()))
                                .orElse(null),
                        count,
                        share(count, funnel.total()))));

        SheetWriter byRound = new SheetWriter(workbook.newWorksheet(t.funnelRoundSheet()));
        byRound.header(List.of(t.colRoundId(), t.colRoundName(), t.colRequests(), t.colShare()));
        funnel.byRound()
                .forEach((id, count) -> byRound.row(
                        Arrays.asList(id, pool.roundName(id).orElse(null), count, share(count, funnel.total()))));

        SheetWriter bySource = new SheetWriter(workbook.newWorksheet(t.funnelSourceSheet()));
        bySource.header(List.of(t.colSource(), t.colRequests(), t.colDeals(), t.funnelConversion()));
        funnel.bySource().forEach((source, figures) -> bySource.row(figures(source(source, t), figures)));

        SheetWriter byEvent = new SheetWriter(workbook.newWorksheet(t.funnelEventSheet()));
        byEvent.header(List.of(t.colEventId(), t.colRequests(), t.colDeals(), t.funnelConversion()));
        for (Map.Entry<String, MatchRecords.SourceFigures> e : funnel.byEvent().entrySet()) {
            byEvent.row(figures(e.getKey(), e.getValue()));
        }
        workbook.finish();
    }

    private static List<Object> figures(String name, MatchRecords.SourceFigures figures) {
        return List.of(
                name,
                figures.requests(),
                figures.deals(),
                FunnelFigures.conversion(figures.deals(), figures.requests()));
    }

    /** A group's share of all requests, as {@link FunnelFigures#conversion} computes a share. */
    private static double share(long count, long total) {
        return FunnelFigures.conversion(count, total);
    }

    private static String status(MatchStatus status, ExportTexts t) {
        return switch (status) {
            case REQUESTED -> t.matchRequested();
            case ACCEPTED -> t.matchAccepted();
            case DECLINED -> t.matchDeclined();
            case EXPIRED -> t.matchExpired();
            case IN_TALKS -> t.matchInTalks();
            case DEAL_SIGNED -> t.matchDealSigned();
            case CLOSED -> t.matchClosed();
        };
    }

    private static String source(MatchSource source, ExportTexts t) {
        return switch (source) {
            case SEARCH -> t.sourceSearch();
            case RECOMMENDATION -> t.sourceRecommendation();
            case EVENT -> t.sourceEvent();
            case OTHER -> t.sourceOther();
        };
    }
}
