package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.platform.Language;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.Reason;
import io.techpool.scoring.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;

/**
 * A round's stored result as a spreadsheet for the operator (GET /api/v1/rounds/{id}/export): one row per
 * achievement in ranking order with its aggregates per dimension, composite, percentile, whether it was selected
 * and why, and its flags; headers and labels in the caller's language. What the export shows is read before the
 * answer starts, so a failure is still a problem, not a broken file.
 */
@ApplicationScoped
class RoundExport {

    @Inject
    RoundSelection selection;

    @Inject
    AchievementService achievements;

    /** The rows to write, loaded in the request; {@link #write} only formats them. */
    record Loaded(SelectionResultView result, Map<String, RoundEntry> entries) {}

    Loaded load(String id) {
        SelectionResultView result = selection.stored(id);
        Map<String, RoundEntry> entries = achievements.inRound(UUID.fromString(result.roundId())).stream()
                .collect(Collectors.toMap(e -> e.id().toString(), Function.identity()));
        return new Loaded(result, entries);
    }

    void write(OutputStream out, Loaded loaded, Language language) throws IOException {
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        SheetWriter sheet = new SheetWriter(workbook.newWorksheet(language.pick("评审结果", "Result")));
        List<String> headers = new ArrayList<>();
        for (String[] header : HEADERS) {
            headers.add(language.pick(header[0], header[1]));
        }
        sheet.header(headers);
        for (RankedAchievement ranked : loaded.result().ranking()) {
            RoundEntry entry = loaded.entries().get(ranked.achievementId());
            List<Object> row = new ArrayList<>();
            row.add(ranked.rank());
            row.add(ranked.achievementId());
            row.add(entry == null ? null : entry.registrationNumber());
            row.add(entry == null ? null : language.pick(entry.titleZh(), entry.titleEn()));
            row.add(entry == null ? null : entry.organizationCode());
            row.add(ranked.industryCode());
            row.add(ranked.section());
            for (String dimension : RuleSet.DIMENSION_KEYS) {
                row.add(ranked.aggregates() == null ? null : ranked.aggregates().get(dimension));
            }
            row.add(ranked.composite());
            row.add(ranked.percentile());
            row.add(ranked.submittedReviews());
            row.add(language.pick(ranked.selected() ? "是" : "否", ranked.selected() ? "yes" : "no"));
            row.add(reason(ranked.reason(), language));
            row.add(
                    ranked.flags() == null
                            ? null
                            : ranked.flags().stream()
                                    .map(f -> flag(f, language))
                                    .collect(Collectors.joining("; ")));
            row.add(ranked.industryRank());
            sheet.row(row);
        }
        workbook.finish();
    }

    // Column headers of a report, zh and en side by side: the file is read by people, not imported back.
    private static final String[][] HEADERS = {
        {"排名", "Rank"},
        {"成果编号", "Achievement ID"},
        {"登记号", "Registration number"},
        {"成果名称", "Title"},
        {"单位代码", "Organization"},
        {"行业代码", "Industry division"},
        {"行业门类", "Industry section"},
        {"市场潜力", "Market potential"},
        {"经济价值", "Economic value"},
        {"技术含量", "Technical content"},
        {"综合得分", "Composite"},
        {"百分位", "Percentile"},
        {"有效评审数", "Submitted reviews"},
        {"入池", "Selected"},
        {"原因", "Reason"},
        {"标记", "Flags"},
        {"行业内排名", "Industry rank"}
    };

    private static String reason(Reason reason, Language language) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case SELECTED -> language.pick("入选", "selected");
            case BELOW_CUTOFF -> language.pick("低于入池分数线", "below the cut-off");
            case BELOW_MIN_COMPOSITE -> language.pick("低于最低综合得分", "below the minimum composite");
            case INSUFFICIENT_REVIEWS -> language.pick("有效评审不足", "too few submitted reviews");
        };
    }

    private static String flag(String flag, Language language) {
        return RankedAchievement.DISAGREEMENT.equals(flag) ? language.pick("评审意见分歧", "reviewers disagree") : flag;
    }
}
