package io.techpool.review;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.scoring.RankedAchievement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@Path("/api/v1/achievements/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    AchievementService achievements;

    @Inject
    RoundService rounds;

    @Inject
    RoundSelectionService selection;

    @Inject
    AssignmentRepository assignments;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(CurrentUser.INSTITUTION)
    public Feedback feedback(@PathParam("id") String id) {
        AchievementView achievement = achievements.get(currentUser, id); // 404 unless the caller's organization owns it
        if (achievement.roundId() == null) {
            throw notYet();
        }
        Round round = rounds.find(achievement.roundId());
        if (round.status != Round.Status.PUBLISHED) {
            throw notYet();
        }
        SelectionAnswer answer = selection.stored(achievement.roundId());
        RankedAchievement entry = selection.entryOf(answer, UUID.fromString(achievement.id()));
        Object cutoff = answer.cutoffComposite() instanceof Map<?, ?> bySection
                ? bySection.get(entry.section())
                : answer.cutoffComposite();
        var comments = assignments
                .list(
                        "roundId = ?1 and achievementId = ?2 and status = ?3",
                        round.id,
                        UUID.fromString(achievement.id()),
                        Assignment.Status.SUBMITTED)
                .stream()
                .map(a -> a.comment)
                .filter(Objects::nonNull)
                .filter(c -> !c.isBlank())
                .sorted() // an order that says nothing about who wrote which
                .toList();
        return new Feedback(
                achievement.id(),
                round.id.toString(),
                round.name,
                entry.selected(),
                entry.reason().name(),
                entry.aggregates(),
                entry.composite(),
                entry.percentile(),
                cutoff == null ? null : new BigDecimal(cutoff.toString()),
                entry.flags(),
                entry.submittedReviews(),
                comments);
    }

    private static DomainException.Conflict notYet() {
        return new DomainException.Conflict("评审结果发布后才有反馈。", "Feedback is available once the round is published.");
    }
}
