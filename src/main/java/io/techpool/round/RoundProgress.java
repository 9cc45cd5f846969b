package io.techpool.round;

import io.techpool.achievement.AchievementService;
import io.techpool.achievement.RoundEntry;
import io.techpool.review.Assignment;
import io.techpool.review.AssignmentState;
import io.techpool.review.RoundReviews;
import io.techpool.scoring.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** How far a round's reviews have got, per achievement and per reviewer, with what needs the operator. */
@ApplicationScoped
class RoundProgress {

    /** Flags of an achievement's progress: fewer reviewers than the rules assign, one declined, too few reviews. */
    static final String UNDER_ASSIGNED = "UNDER_ASSIGNED";

    static final String DECLINED = "DECLINED";

    static final String INSUFFICIENT_REVIEWS = "INSUFFICIENT_REVIEWS";

    @Inject
    RoundLifecycle rounds;

    @Inject
    RoundReviews reviews;

    @Inject
    AchievementService achievements;

    @Inject
    Clock clock;

    RoundRecords.Progress progress(String id) {
        Round round = rounds.find(id);
        RuleSet rules = rounds.rulesOf(round);
        List<RoundEntry> entries = achievements.inRound(round.id);
        List<AssignmentState> ofRound = reviews.ofRound(round.id);
        Map<UUID, List<AssignmentState>> byAchievement =
                ofRound.stream().collect(Collectors.groupingBy(AssignmentState::achievementId));
        boolean pastDeadline = round.isPastDeadline(OffsetDateTime.now(clock));
        List<RoundRecords.AchievementProgress> perAchievement = new ArrayList<>();
        for (RoundEntry e : entries) {
            List<AssignmentState> its = byAchievement.getOrDefault(e.id(), List.of());
            int open = count(its, Assignment.Status.OPEN);
            int submitted = count(its, Assignment.Status.SUBMITTED);
            int declined = count(its, Assignment.Status.DECLINED);
            List<String> flags = new ArrayList<>();
            if (open + submitted < rules.reviews().assign()) {
                flags.add(UNDER_ASSIGNED);
            }
            if (declined > 0) {
                flags.add(DECLINED);
            }
            if (pastDeadline && submitted < rules.reviews().required()) {
                flags.add(INSUFFICIENT_REVIEWS);
            }
            perAchievement.add(new RoundRecords.AchievementProgress(
                    e.id().toString(),
                    e.registrationNumber(),
                    e.titleZh(),
                    open + submitted,
                    open,
                    submitted,
                    declined,
                    flags));
        }
        List<RoundRecords.ReviewerProgress> perReviewer =
                ofRound.stream().collect(Collectors.groupingBy(AssignmentState::reviewerId)).values().stream()
                        .map(theirs -> {
                            AssignmentState any = theirs.getFirst();
                            return new RoundRecords.ReviewerProgress(
                                    any.reviewerId().toString(),
                                    any.reviewerUsername(),
                                    any.reviewerName(),
                                    count(theirs, Assignment.Status.OPEN),
                                    count(theirs, Assignment.Status.SUBMITTED),
                                    count(theirs, Assignment.Status.DECLINED));
                        })
                        .sorted(Comparator.comparing(RoundRecords.ReviewerProgress::username))
                        .toList();
        int fullyAssigned = (int) perAchievement.stream()
                .filter(p -> p.assigned() >= rules.reviews().assign())
                .count();
        return new RoundRecords.Progress(
                round.id.toString(),
                round.status,
                round.reviewDeadline,
                entries.size(),
                fullyAssigned,
                count(ofRound, Assignment.Status.OPEN),
                count(ofRound, Assignment.Status.SUBMITTED),
                perAchievement,
                perReviewer);
    }

    private static int count(List<AssignmentState> list, Assignment.Status status) {
        return (int) list.stream().filter(a -> a.is(status)).count();
    }
}
