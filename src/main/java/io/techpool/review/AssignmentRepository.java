package io.techpool.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /**
     * Assignments as their round sees them, with the reviewer's names, read as values in one query (a
     * round of 100,000 achievements has 300,000 of them); {@code where} speaks of {@code a}, the assignment.
     */
    List<AssignmentState> states(String where, Map<String, Object> parameters) {
        var query = getEntityManager()
                .createQuery(
                        "select new io.techpool.review.AssignmentState(a.id, a.roundId, a.achievementId, a.reviewerId,"
                                + " r.username, r.name, a.status, a.tier, a.assignedAt, a.declineReason,"
                                + " a.marketPotential, a.economicValue, a.technicalContent, a.comment)"
                                + " from Assignment a join Reviewer r on r.id = a.reviewerId where " + where
                                + " order by a.assignedAt, a.id",
                        AssignmentState.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A round's assignments with what chasing them needs, in one query, by reviewer and time of assignment. */
    List<AssignmentFollowUp> followUps(UUID roundId) {
        return getEntityManager()
                .createQuery(
                        "select new io.techpool.review.AssignmentFollowUp(a.achievementId, a.reviewerId, r.username,"
                                + " r.name, r.email, r.organizationCode, a.status, a.assignedAt, a.savedAt,"
                                + " a.remindedAt)"
                                + " from Assignment a join Reviewer r on r.id = a.reviewerId where a.roundId = :round"
                                + " order by r.username, a.assignedAt, a.id",
                        AssignmentFollowUp.class)
                .setParameter("round", roundId)
                .getResultList();
    }
}
