package io.techpool.review;

import io.quarkus.panache.common.Sort;
import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Problem.FieldError;
import io.techpool.scoring.RuleSet;
import io.techpool.scoring.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A reviewer's side of an assignment: read, save, submit once, or decline. */
@ApplicationScoped
public class ReviewService {

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReviewerRepository reviewers;

    @Inject
    RoundTermsRepository terms;

    @Inject
    RuleSets ruleSets;

    @Inject
    Event<ReviewDeclined> declined;

    @Inject
    AchievementService achievements;

    @Inject
    Clock clock;

    List<ReviewRecords.Summary> mine(CurrentUser user) {
        Optional<Reviewer> me = reviewers.byUsername(user.username());
        if (me.isEmpty()) {
            return List.of();
        }
        return assignments.list("reviewerId", Sort.by("assignedAt").and("id"), me.get().id).stream()
                .map(a -> {
                    RoundTerms round = terms.findById(a.roundId);
                    AchievementView achievement = achievements.viewWithoutContact(a.achievementId);
                    return new ReviewRecords.Summary(
                            a.id.toString(),
                            round.roundId.toString(),
                            round.roundName,
                            achievement.id(),
                            achievement.title().zh(),
                            achievement.industryCode(),
                            a.status,
                            round.reviewDeadline,
                            a.assignedAt,
                            a.submittedAt);
                })
                .toList();
    }

    ReviewRecords.View get(CurrentUser user, String id) {
        return view(readable(user, id));
    }

    @Transactional
    ReviewRecords.View save(CurrentUser user, String id, ReviewRecords.Save in) {
        Assignment assignment = ownLocked(user, id);
        RoundTerms round = terms.findById(assignment.roundId);
        requireOpen(assignment, round);
        ReviewRecords.Scores scores = in.scores() == null ? new ReviewRecords.Scores(null, null, null) : in.scores();
        checkScale(scores, rulesOf(round), false);
        assignment.save(
                scores.marketPotential(), scores.economicValue(), scores.technicalContent(), in.comment(), now());
        return view(assignment);
    }

    /** Final: every dimension scored within the scale; two submits at once queue on the row lock, one wins. */
    @Transactional
    ReviewRecords.View submit(CurrentUser user, String id) {
        Assignment assignment = ownLocked(user, id);
        RoundTerms round = terms.findById(assignment.roundId);
        requireOpen(assignment, round);
        checkScale(ReviewRecords.Scores.of(assignment), rulesOf(round), true);
        assignment.submit(now());
        return view(assignment);
    }

    @Transactional
    ReviewRecords.View decline(CurrentUser user, String id, ReviewRecords.Decline in) {
        Assignment assignment = ownLocked(user, id);
        RoundTerms round = terms.findById(assignment.roundId);
        requireOpen(assignment, round);
        assignment.decline(in.reason(), in.note(), now());
        assignments.flush();
        declined.fire(new ReviewDeclined(round.roundId, assignment.achievementId));
        return view(assignment);
    }

    /** The assigned reviewer, or an operator; everyone else is told it does not exist. */
    private Assignment readable(CurrentUser user, String id) {
        Assignment assignment = find(id);
        if (user.isOperator()) {
            return assignment;
        }
        Reviewer reviewer = reviewers.findById(assignment.reviewerId);
        if (!reviewer.username.equals(user.username())) {
            throw notFound(id);
        }
        return assignment;
    }

    private Assignment ownLocked(CurrentUser user, String id) {
        Assignment assignment = find(id);
        Reviewer reviewer = reviewers.findById(assignment.reviewerId);
        if (!reviewer.username.equals(user.username())) {
            throw notFound(id);
        }
        return assignments.findById(assignment.id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Assignment find(String id) {
        Assignment assignment = Ids.uuid(id).map(assignments::findById).orElse(null);
        if (assignment == null) {
            throw notFound(id);
        }
        return assignment;
    }

    private void requireOpen(Assignment assignment, RoundTerms round) {
        if (assignment.status != Assignment.Status.OPEN) {
            throw new DomainException.Conflict(
                    "该评审任务状态为 " + assignment.status + "，不能再修改。",
                    "This review is " + assignment.status + " and can no longer be changed.");
        }
        if (round.isPastDeadline(now())) {
            throw new DomainException.Conflict(
                    "评审截止时间 " + round.reviewDeadline + " 已过。",
                    "The review deadline " + round.reviewDeadline + " has passed.");
        }
    }

    private static void checkScale(ReviewRecords.Scores scores, RuleSet rules, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "market_potential", scores.marketPotential(), rules.scale(), complete);
        check(errors, "economic_value", scores.economicValue(), rules.scale(), complete);
        check(errors, "technical_content", scores.technicalContent(), rules.scale(), complete);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private static void check(
            List<FieldError> errors, String key, BigDecimal score, RuleSet.Scale scale, boolean required) {
        if (score == null) {
            if (required) {
                errors.add(new FieldError("scores." + key, "提交前必须评分 / must be scored before submitting"));
            }
        } else if (score.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError("scores." + key, "最多 4 位小数 / at most 4 decimals"));
        } else if (!scale.contains(score)) {
            errors.add(new FieldError(
                    "scores." + key,
                    "必须在 " + scale.min() + " 到 " + scale.max() + " 之间 / must be between " + scale.min() + " and "
                            + scale.max()));
        }
    }

    private ReviewRecords.View view(Assignment a) {
        RoundTerms round = terms.findById(a.roundId);
        RuleSet rules = rulesOf(round);
        return new ReviewRecords.View(
                a.id.toString(),
                a.status,
                round.roundName,
                round.reviewDeadline,
                achievements.viewWithoutContact(a.achievementId),
                rules.scale(),
                rules.dimensions(),
                ReviewRecords.Scores.of(a),
                a.comment,
                a.savedAt,
                a.submittedAt,
                a.declineReason);
    }

    private RuleSet rulesOf(RoundTerms round) {
        return ruleSets.pinned(round.rulesId, round.rulesVersion, round.rulesDigest);
    }

    private static DomainException.NotFound notFound(String id) {
        return new DomainException.NotFound("没有编号为 " + id + " 的评审任务。", "There is no review " + id + ".");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
