package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.platform.Language;
import io.techpool.platform.excel.ExportTexts;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.scoring.RankedAchievement;
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
        ExportTexts t = language.bundle(ExportTexts.class);
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        SheetWriter sheet = new SheetWriter(workbook.newWorksheet(t.roundResultSheet()));
        sheet.header(List.of(
                t.colRank(),
                t.colAchievementId(),
                t.colRegistrationNumber(),
                t.colTitle(),
                t.colOrganizationCode(),
                t.colDivision(),
                t.colSection(),
                t.colMarketPotential(),
                t.colEconomicValue(),
                t.colTechnicalContent(),
                t.colComposite(),
                t.colPercentile(),
                t.colSubmittedReviews(),
                t.colSelected(),
                t.colReason(),
                t.colFlags(),
                t.colIndustryRank()));
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
            row.add(ranked.selected() ? t.yes() : t.no());
            row.add(ResultLabels.reason(ranked.reason(), t));
            row.add(ResultLabels.flags(ranked.flags(), t));
            row.add(ranked.industryRank());
            sheet.row(row);
        }
        workbook.finish();
    }
}
