package io.techpool.investor;

import io.techpool.achievement.AchievementKinds;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.pool.PoolRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        SheetWriter sheet = new SheetWriter(workbook.newWorksheet(language.pick("检索结果", "Results")));
        sheet.header(java.util.Arrays.stream(HEADERS)
                .map(h -> language.pick(h[0], h[1]))
                .toList());
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

    // Column headers of a report, zh and en side by side: the file is read by people, not imported back.
    private static final String[][] HEADERS = {
        {"入池编号", "Pool entry ID"},
        {"成果名称", "Title"},
        {"成果简介", "Summary"},
        {"单位", "Organization"},
        {"行业代码", "Industry division"},
        {"行业", "Industry"},
        {"技术就绪水平", "TRL"},
        {"成果水平", "Level"},
        {"转化方式", "Transfer modes"},
        {"知识产权", "IP kinds"},
        {"综合得分", "Composite"},
        {"百分位", "Percentile"},
        {"行业内排名", "Industry rank"},
        {"发布时间", "Published"}
    };

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
