package io.techpool.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.techpool.achievement.AchievementView;
import io.techpool.scoring.RuleSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The records of reviews at the API boundary. A reviewer sees only their own; no other reviewer appears. */
final class ReviewRecords {

    private ReviewRecords() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scores(
            @JsonProperty("market_potential") BigDecimal marketPotential,
            @JsonProperty("economic_value") BigDecimal economicValue,
            @JsonProperty("technical_content") BigDecimal technicalContent) {

        /** As entered: the column's four decimals are not shown as trailing zeros. */
        static Scores of(Assignment a) {
            return new Scores(plain(a.marketPotential), plain(a.economicValue), plain(a.technicalContent));
        }

        private static BigDecimal plain(BigDecimal score) {
            return score == null ? null : score.stripTrailingZeros();
        }
    }

    /** Saved as often as wanted until submitted; scores may be partial while saving. */
    record Save(@Valid Scores scores, @Size(max = 5000) String comment) {}

    record Decline(
            @NotNull Assignment.DeclineReason reason,
            @Size(max = 1000) String note) {}

    record Summary(
            String id,
            String roundId,
            String roundName,
            String achievementId,
            String title,
            String industryCode,
            Assignment.Status status,
            OffsetDateTime reviewDeadline,
            OffsetDateTime assignedAt,
            OffsetDateTime submittedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(
            String id,
            Assignment.Status status,
            String roundName,
            OffsetDateTime reviewDeadline,
            AchievementView achievement,
            RuleSet.Scale scale,
            List<RuleSet.Dimension> dimensions,
            Scores scores,
            String comment,
            OffsetDateTime savedAt,
            OffsetDateTime submittedAt,
            Assignment.DeclineReason declineReason) {}
}
