package io.techpool.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a round asks of review, and the only way in: the round's terms, its assignments with their
 * reviews, creating and withdrawing assignments, and the reviewers it may assign.
 */
@ApplicationScoped
public class RoundReviews {

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReviewerRepository reviewers;

    @Inject
    RoundTermsRepository terms;

    /** Sets (or changes) what reviewers of the round work to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setTerms(
            UUID roundId, String roundName, OffsetDateTime deadline, String rulesId, int rulesVersion, String digest) {
        RoundTerms t = terms.findById(roundId);
        if (t == null) {
            terms.persist(new RoundTerms(roundId, roundName, deadline, rulesId, rulesVersion, digest));
        } else {
            t.change(roundName, deadline, rulesId, rulesVersion, digest);
        }
    }

    public List<AssignmentState> ofRound(UUID roundId) {
        return assignments.states("a.roundId = :round", Map.of("round", roundId));
    }

    public List<AssignmentState> of(UUID roundId, UUID achievementId) {
        return assignments.states(
                "a.roundId = :round and a.achievementId = :achievement",
                Map.of("round", roundId, "achievement", achievementId));
    }

    /** The round's assignments with the reviewers' contact and reminders: what an operator chasing reviews needs. */
    public List<AssignmentFollowUp> followUps(UUID roundId) {
        return assignments.followUps(roundId);
    }

    public List<AssignmentState> submitted(UUID roundId) {
        return assignments.states(
                "a.roundId = :round and a.status = :status",
                Map.of("round", roundId, "status", Assignment.Status.SUBMITTED));
    }

    public long countOpen(UUID roundId) {
        return assignments.count("roundId = ?1 and status = ?2", roundId, Assignment.Status.OPEN);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(UUID roundId, UUID achievementId, UUID reviewerId, String tier, OffsetDateTime now) {
        assignments.persist(new Assignment(roundId, achievementId, reviewerId, tier, now));
    }

    /** Withdraws an open assignment (a replacement by hand); a started or finished one stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID assignmentId) {
        Assignment a = assignments.findById(assignmentId);
        if (a != null && a.status == Assignment.Status.OPEN) {
            assignments.delete(a);
            assignments.flush();
        }
    }

    /** Every reviewer with expertise: the ones automatic assignment may choose from. */
    public List<AssignableReviewer> withExpertise() {
        return reviewers.listAll().stream()
                .filter(r -> !r.expertise.isEmpty())
                .map(AssignableReviewer::of)
                .toList();
    }

    public Optional<AssignableReviewer> reviewer(UUID id) {
        return Optional.ofNullable(reviewers.findById(id)).map(AssignableReviewer::of);
    }
}
