package io.techpool.review;

import io.quarkus.panache.common.Sort;
import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.audit.AuditLog;
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
import java.util.Map;
import java.util.Optional;

/** A reviewer's side of an assignment: read, save, submit once, or decline. */
@ApplicationScoped
class ReviewService {

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
    Event<ReviewChanging> changing;

    @Inject
    AchievementService achievements;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    Page<ReviewRecords.Summary> mine(CurrentUser user, int page, int size) {
        Optional<Reviewer> me = reviewers.of(user);
        if (me.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        var query = assignments.find("reviewerId", Sort.by("assignedAt").and("id"), me.get().id);
        List<ReviewRecords.Summary> items = query.page(page, size).list().stream()
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
        return new Page<>(items, page, size, query.count());
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
        Assignment assignment = ownLockedAfterRound(user, id, false);
        RoundTerms round = terms.findById(assignment.roundId);
        requireOpen(assignment, round);
        checkScale(ReviewRecords.Scores.of(assignment), rulesOf(round), true);
        assignment.submit(now());
        audit.record(
                "review.submit",
                "review",
                assignment.id,
                Map.of("achievement", assignment.achievementId, "round", assignment.roundId));
        return view(assignment);
    }

    @Transactional
    ReviewRecords.View decline(CurrentUser user, String id, ReviewRecords.Decline in) {
        Assignment assignment = ownLockedAfterRound(user, id, true);
        RoundTerms round = terms.findById(assignment.roundId);
        requireOpen(assignment, round);
        assignment.decline(in.reason(), in.note(), now());
        assignments.flush();
        declined.fire(new ReviewDeclined(round.roundId, assignment.achievementId));
        return view(assignment);
    }

    /**
     * The assigned reviewer, or an operator; everyone else is told it does not exist. A reviewer who declined is
     * no longer assigned and reads the achievement no more (issue 12 #10); their writes meet the state (409).
     */
    private Assignment readable(CurrentUser user, String id) {
        Assignment assignment = find(id);
        if (user.isOperator()) {
            return assignment;
        }
        Reviewer reviewer = reviewers.findById(assignment.reviewerId);
        // Declining gives the achievement up: the reviewer no longer reads it here either.
        if (!ReviewerRepository.isOf(reviewer, user) || assignment.status == Assignment.Status.DECLINED) {
            throw notFound(id);
        }
        return assignment;
    }

    private Assignment ownLocked(CurrentUser user, String id) {
        Assignment assignment = find(id);
        Reviewer reviewer = reviewers.findById(assignment.reviewerId);
        if (!ReviewerRepository.isOf(reviewer, user)) {
            throw notFound(id);
        }
        return assignments.findById(assignment.id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The caller's assignment, locked after its round ({@link ReviewChanging}). Read again under the lock: the
     * operator may have replaced (withdrawn) it, or the round been computed, while this waited.
     */
    private Assignment ownLockedAfterRound(CurrentUser user, String id, boolean exclusive) {
        Assignment assignment = find(id);
        Reviewer reviewer = reviewers.findById(assignment.reviewerId);
        if (!ReviewerRepository.isOf(reviewer, user)) {
            throw notFound(id);
        }
        changing.fire(new ReviewChanging(assignment.roundId, exclusive));
        assignments.getEntityManager().detach(assignment);
        Assignment locked = assignments.findById(assignment.id, LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) {
            throw notFound(id);
        }
        return locked;
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
            Assignment.Status status = assignment.status;
            throw new DomainException.Conflict(m -> m.reviewNotEditable(status));
        }
        if (round.isPastDeadline(now())) {
            OffsetDateTime deadline = round.reviewDeadline;
            throw new DomainException.Conflict(m -> m.reviewDeadlinePassed(deadline));
        }
    }

    private static void checkScale(ReviewRecords.Scores scores, RuleSet rules, boolean complete) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        check(errors, "market_potential", scores.marketPotential(), rules.scale(), complete);
        check(errors, "economic_value", scores.economicValue(), rules.scale(), complete);
        check(errors, "technical_content", scores.technicalContent(), rules.scale(), complete);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private static void check(
            List<DomainException.Invalid.Field> errors,
            String key,
            BigDecimal score,
            RuleSet.Scale scale,
            boolean required) {
        if (score == null) {
            if (required) {
                errors.add(new DomainException.Invalid.Field("scores." + key, Messages::scoreRequired));
            }
        } else if (score.stripTrailingZeros().scale() > 4) {
            errors.add(new DomainException.Invalid.Field("scores." + key, Messages::atMostFourDecimals));
        } else if (!scale.contains(score)) {
            errors.add(new DomainException.Invalid.Field(
                    "scores." + key, m -> m.scoreOutOfScale(scale.min(), scale.max())));
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
        return new DomainException.NotFound(m -> m.reviewNotFound(id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
