package io.techpool.investor;

import io.techpool.achievement.AchievementKinds;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.excel.ExportTexts;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.pool.PoolRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;

/**
 * A saved search's current results as {@code .xlsx} for its investor (GET
 * /api/v1/investors/me/saved-searches/{id}/export): newest first, as far as the search window reaches; headers
 * and labels in the caller's language, no contact (the pool has none). Nothing is marked seen.
 */
@ApplicationScoped
class SavedSearchExport {

    @Inject
    SavedSearchService savedSearches;

    @Inject
    AuditLog audit;

    /**
     * The download for the API and the saved-search pages alike: the results read (404 for another's search) and
     * the export audited before the answer starts, the file written while it streams.
     */
    Response download(CurrentUser user, String id, Language language) {
        List<PoolRecords.Hit> hits = load(user, id);
        audit.record("saved-search.export", "saved-search", id, Map.of("rows", hits.size()));
        StreamingOutput body = out -> write(out, hits, language);
        return Response.ok(body, SheetWriter.XLSX)
                .header("Content-Disposition", SheetWriter.attachment("saved-search-" + id + ".xlsx"))
                .build();
    }

    /** The hits to write, read in the request before the answer starts. */
    List<PoolRecords.Hit> load(CurrentUser user, String id) {
        List<PoolRecords.Hit> hits = new ArrayList<>();
        int size = Page.MAX_SIZE;
        for (int page = 0; (long) (page + 1) * size <= Page.SEARCH_WINDOW; page++) {
            PoolRecords.SearchPage results = savedSearches.currentResults(user, id, page, size);
            hits.addAll(results.items());
            if ((long) (page + 1) * size >= results.total()) {
                break;
            }
        }
        return hits;
    }

    void write(OutputStream out, List<PoolRecords.Hit> hits, Language language) throws IOException {
        ExportTexts t = language.bundle(ExportTexts.class);
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        SheetWriter sheet = new SheetWriter(workbook.newWorksheet(t.savedSearchSheet()));
        sheet.header(List.of(
                t.colPoolEntryId(),
                t.colTitle(),
                t.colSummary(),
                t.colOrganization(),
                t.colDivision(),
                t.colDivisionName(),
                t.colTrl(),
                t.colLevel(),
                t.colTransferModes(),
                t.colIpKinds(),
                t.colComposite(),
                t.colPercentile(),
                t.colIndustryRank(),
                t.colPublished()));
        for (PoolRecords.Hit hit : hits) {
            sheet.row(java.util.Arrays.asList(
                    hit.id(),
                    hit.title().pick(language),
                    hit.summary() == null ? null : hit.summary().pick(language),
                    hit.organization() == null
                            ? null
                            : hit.organization().name().pick(language),
                    hit.industryCode(),
                    hit.industryName(),
                    hit.trl(),
                    hit.level() == null ? null : label(AchievementKinds.Level.class, hit.level(), language),
                    hit.transferModes().stream()
                            .map(m -> label(AchievementKinds.TransferMode.class, m, language))
                            .collect(Collectors.joining("; ")),
                    hit.ipKinds().stream()
                            .map(k -> label(AchievementKinds.IpKind.class, k, language))
                            .collect(Collectors.joining("; ")),
                    hit.composite(),
                    hit.percentile(),
                    hit.industryRank(),
                    hit.publishedAt()));
        }
        workbook.finish();
    }

    private static <E extends Enum<E>> String label(Class<E> type, String constant, Language language) {
        try {
            Enum<?> value = Enum.valueOf(type, constant);
            return switch (value) {
                case AchievementKinds.Level l -> AchievementKinds.label(l).in(language);
                case AchievementKinds.TransferMode m ->
                    AchievementKinds.label(m).in(language);
                case AchievementKinds.IpKind k -> AchievementKinds.label(k).in(language);
                default -> constant;
            };
        } catch (IllegalArgumentException unknown) {
            return constant;
        }
    }
}
