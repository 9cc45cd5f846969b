package io.techpool.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.techpool.assignment.ExpertiseTier;
import io.techpool.assignment.Shortfall;
import io.techpool.platform.Messages;
import io.techpool.platform.NotBlankText;
import io.techpool.review.Assignment;
import io.techpool.review.AssignmentState;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The records of rounds at the API boundary. */
final class RoundRecords {

    private RoundRecords() {}

    /** A new round; {@code panel} optionally limits it to these reviewers (default: every reviewer with expertise). */
    record Create(
            @NotBlankText @Size(max = 200) String name,
            @NotBlankText @Pattern(regexp = "[a-z0-9-]+") String rulesId,
            @NotNull @Min(1) Integer rulesVersion,
            @NotNull OffsetDateTime reviewDeadline,
            @Size(max = 2000) List<@NotNull UUID> panel) {}

    /** What an operator may change of a round: its name and its deadline (extended or brought forward). */
    record Edit(@Size(max = 200) String name, OffsetDateTime reviewDeadline) {}

    record View(
            String id,
            String name,
            String rulesId,
            int rulesVersion,
            OffsetDateTime reviewDeadline,
            Round.Status status,
            List<UUID> panel,
            long achievements,
            OffsetDateTime createdAt,
            OffsetDateTime registrationClosedAt) {

        static View of(Round r, long achievements) {
            return new View(
                    r.id.toString(),
                    r.name,
                    r.rulesId,
                    r.rulesVersion,
                    r.reviewDeadline,
                    r.status,
                    r.panel,
                    achievements,
                    r.createdAt,
                    r.registrationClosedAt);
        }
    }

    /** The answer of automatic assignment: coverage, and why the rest is not covered. */
    record AssignmentReport(int achievements, int fullyCovered, int created, List<ShortfallView> shortfalls) {}

    /** An achievement short of reviewers; {@code reason} in the caller's language. */
    record ShortfallView(String achievementId, int missing, String reason) {

        static ShortfallView of(Shortfall s, Messages m) {
            Shortfall.Reason r = s.reason();
            String reason = switch (r.code()) {
                case TOO_FEW_ELIGIBLE -> m.shortfallTooFew(r.eligible(), r.division(), r.atCap(), r.maxLoad());
                case ALL_AT_CAP -> m.shortfallAllAtCap(r.eligible(), r.maxLoad());
                case SOME_AT_CAP ->
                    m.shortfallSomeAtCap(r.atCap(), r.eligible(), r.eligible() - r.atCap(), r.maxLoad());
            };
            return new ShortfallView(s.achievementId(), s.missing(), reason);
        }
    }

    /** Add {@code reviewerId} to an achievement, optionally in place of the open assignment of {@code replaces}. */
    record ManualAssignment(@NotNull UUID reviewerId, UUID replaces) {}

    /** One assignment as the operator sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssignmentView(
            String id,
            String achievementId,
            String reviewerId,
            String reviewerUsername,
            Assignment.Status status,
            // The reviewer's expertise tier; "match" on the wire since the first version of the API.
            @JsonProperty("match") ExpertiseTier tier,
            OffsetDateTime assignedAt,
            Assignment.DeclineReason declineReason) {

        static AssignmentView of(AssignmentState a) {
            return new AssignmentView(
                    a.id().toString(),
                    a.achievementId().toString(),
                    a.reviewerId().toString(),
                    a.reviewerUsername(),
                    a.status(),
                    ExpertiseTier.valueOf(a.tier()),
                    a.assignedAt(),
                    a.declineReason());
        }
    }

    record AchievementProgress(
            String achievementId,
            String registrationNumber,
            String title,
            int assigned,
            int open,
            int submitted,
            int declined,
            List<String> flags) {}

    record ReviewerProgress(String reviewerId, String username, String name, int open, int submitted, int declined) {}

    record Progress(
            String roundId,
            Round.Status status,
            OffsetDateTime reviewDeadline,
            int achievements,
            int fullyAssigned,
            int reviewsOpen,
            int reviewsSubmitted,
            List<AchievementProgress> perAchievement,
            List<ReviewerProgress> perReviewer) {}
}
