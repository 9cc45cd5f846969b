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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

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
        return of(achievement.id(), round, result, reviews.of(round.id, UUID.fromString(achievement.id())));
    }

    /**
     * The feedback of every achievement of the caller's organization whose round is published, by registration
     * number, each exactly as {@link #feedback} answers it: the institution's feedback export. One read of each
     * round's result and reviews.
     */
    List<Released> released(CurrentUser user) {
        List<AchievementView> reviewed = achievements.reviewedOf(user);
        Map<String, List<AchievementView>> byRound = reviewed.stream()
                .collect(Collectors.groupingBy(AchievementView::roundId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Feedback> feedbacks = new HashMap<>();
        byRound.forEach((roundId, theirs) -> {
            Round round = rounds.find(roundId);
            if (round.status != Round.Status.PUBLISHED) {
                return;
            }
            SelectionResult result = selection.storedOf(round).result();
            Map<UUID, List<AssignmentState>> assignments =
                    reviews.ofRound(round.id).stream().collect(Collectors.groupingBy(AssignmentState::achievementId));
            for (AchievementView a : theirs) {
                feedbacks.put(
                        a.id(),
                        of(a.id(), round, result, assignments.getOrDefault(UUID.fromString(a.id()), List.of())));
            }
        });
        return reviewed.stream()
                .filter(a -> feedbacks.containsKey(a.id()))
                .map(a -> new Released(a, feedbacks.get(a.id())))
                .toList();
    }

    /** An achievement of the caller's organization and its feedback. */
    record Released(AchievementView achievement, Feedback feedback) {}

    /** The feedback of one achievement of a published round, from the round's result and its assignments. */
    private static Feedback of(
            String achievementId, Round round, SelectionResult result, List<AssignmentState> assignments) {
        RankedAchievement entry = result.ranking().stream()
                .filter(r -> r.achievementId().equals(achievementId))
                .findFirst()
                .orElseThrow();
        var comments = assignments.stream()
                .filter(a -> a.is(Assignment.Status.SUBMITTED))
                .map(AssignmentState::comment)
                .filter(Objects::nonNull)
                .filter(c -> !c.isBlank())
                .sorted() // an order that says nothing about who wrote which
                .toList();
        return new Feedback(
                achievementId,
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
