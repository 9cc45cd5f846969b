package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.review.Assignment;
import io.techpool.review.AssignmentState;
import io.techpool.review.RoundReviews;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.SelectionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;

/**
 * What an owner gets back after publication (SCORING.md): the entry of the stored result, the
 * cut-off of its scope and the reviewers' comments without who wrote them.
 */
@ApplicationScoped
class RoundFeedback {

    @Inject
    RoundLifecycle rounds;

    @Inject
    RoundSelection selection;

    @Inject
    RoundReviews reviews;

    @Inject
    AchievementService achievements;

    Feedback feedback(CurrentUser user, String id) {
        AchievementView achievement = achievements.getAsOwner(user, id); // 404 unless the caller's organization owns it
        if (achievement.roundId() == null) {
            throw notYet();
        }
        Round round = rounds.find(achievement.roundId());
        if (round.status != Round.Status.PUBLISHED) {
            throw notYet();
        }
        SelectionResult result = selection.storedOf(round).result();
        UUID achievementId = UUID.fromString(achievement.id());
        RankedAchievement entry = result.ranking().stream()
                .filter(r -> r.achievementId().equals(achievement.id()))
                .findFirst()
                .orElseThrow();
        var comments = reviews.of(round.id, achievementId).stream()
                .filter(a -> a.is(Assignment.Status.SUBMITTED))
                .map(AssignmentState::comment)
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
                SelectionResultView.cutoffFor(result, entry.section()),
                entry.flags(),
                entry.submittedReviews(),
                comments);
    }

    private static DomainException.Conflict notYet() {
        return new DomainException.Conflict(Messages::feedbackNotYet);
    }
}
