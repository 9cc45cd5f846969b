package io.techpool.round;

import io.techpool.achievement.AchievementView;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Language;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.excel.ExportTexts;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.scoring.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * An institution's feedback as {@code .xlsx} (GET /api/v1/achievements/feedback/export): one row per achievement
 * of its organization whose round is published, with what {@code GET /api/v1/achievements/{id}/feedback} answers
 * (selected, reason, aggregates per dimension, composite, percentile, the cut-off, flags, submitted reviews), and
 * the comments on a second sheet, one a row, in the order the feedback gives them. Never who reviewed.
 */
@ApplicationScoped
class FeedbackExport {

    @Inject
    RoundFeedback feedback;

    @Inject
    AuditLog audit;

    /** The download for the API and the institution's page alike: audited before the answer starts, then streamed. */
    Response download(CurrentUser user, Language language) {
        List<RoundFeedback.Released> released = feedback.released(user);
        audit.record(
                "achievement.export-feedback", "organization", user.org().orElse(""), Map.of("rows", released.size()));
        StreamingOutput body = out -> write(out, released, language);
        return Response.ok(body, SheetWriter.XLSX)
                .header("Content-Disposition", SheetWriter.attachment("feedback.xlsx"))
                .build();
    }

    void write(OutputStream out, List<RoundFeedback.Released> released, Language language) throws IOException {
        ExportTexts t = language.bundle(ExportTexts.class);
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        SheetWriter sheet = new SheetWriter(workbook.newWorksheet(t.feedbackSheet()));
        sheet.header(List.of(
                t.colAchievementId(),
                t.colRegistrationNumber(),
                t.colTitle(),
                t.colRoundName(),
                t.colSelected(),
                t.colReason(),
                t.colMarketPotential(),
                t.colEconomicValue(),
                t.colTechnicalContent(),
                t.colComposite(),
                t.colPercentile(),
                t.colCutoff(),
                t.colFlags(),
                t.colSubmittedReviews()));
        for (RoundFeedback.Released r : released) {
            Feedback f = r.feedback();
            List<Object> row = new ArrayList<>(Arrays.asList(
                    f.achievementId(),
                    r.achievement().registrationNumber(),
                    title(r.achievement(), language),
                    f.roundName(),
                    f.selected() ? t.yes() : t.no(),
                    ResultLabels.reason(io.techpool.scoring.Reason.valueOf(f.reason()), t)));
            for (String dimension : RuleSet.DIMENSION_KEYS) {
                row.add(f.aggregates() == null ? null : f.aggregates().get(dimension));
            }
            row.addAll(Arrays.asList(
                    f.composite(),
                    f.percentile(),
                    f.cutoffComposite(),
                    ResultLabels.flags(f.flags(), t),
                    f.submittedReviews()));
            sheet.row(row);
        }
        SheetWriter comments = new SheetWriter(workbook.newWorksheet(t.feedbackCommentsSheet()));
        comments.header(List.of(t.colAchievementId(), t.colRegistrationNumber(), t.colTitle(), t.colComment()));
        for (RoundFeedback.Released r : released) {
            for (String comment : r.feedback().comments()) {
                comments.row(List.of(
                        r.feedback().achievementId(),
                        r.achievement().registrationNumber(),
                        title(r.achievement(), language),
                        comment));
            }
        }
        workbook.finish();
    }

    private static String title(AchievementView a, Language language) {
        return language.pick(a.title().zh(), a.title().en());
    }
}
