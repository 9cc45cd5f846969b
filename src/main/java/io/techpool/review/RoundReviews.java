package io.techpool.review;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        boolean first = t == null;
        if (first) {
            t = new RoundTerms();
            t.roundId = roundId;
        }
        t.roundName = roundName;
        t.reviewDeadline = deadline;
        t.rulesId = rulesId;
        t.rulesVersion = rulesVersion;
        t.rulesDigest = digest;
        if (first) {
            terms.persist(t); // after the fields: the insert takes the state at persist
        }
    }

    public List<AssignmentState> ofRound(UUID roundId) {
        return states(assignments.list("roundId", Sort.by("assignedAt").and("id"), roundId));
    }

    public List<AssignmentState> of(UUID roundId, UUID achievementId) {
        return states(assignments.list(
                "roundId = ?1 and achievementId = ?2", Sort.by("assignedAt").and("id"), roundId, achievementId));
    }

    public List<AssignmentState> submitted(UUID roundId) {
        return states(
                assignments.list("roundId = ?1 and status = ?2", Sort.by("id"), roundId, Assignment.Status.SUBMITTED));
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

    private List<AssignmentState> states(List<Assignment> list) {
        Map<UUID, Reviewer> who = byId(list.stream().map(a -> a.reviewerId).collect(Collectors.toSet()));
        return list.stream().map(a -> state(a, who.get(a.reviewerId))).toList();
    }

    private Map<UUID, Reviewer> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return reviewers.list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    private static AssignmentState state(Assignment a, Reviewer r) {
        return new AssignmentState(
                a.id,
                a.roundId,
                a.achievementId,
                a.reviewerId,
                r.username,
                r.name,
                a.status,
                a.tier,
                a.assignedAt,
                a.declineReason,
                a.marketPotential,
                a.economicValue,
                a.technicalContent,
                a.comment);
    }
}
