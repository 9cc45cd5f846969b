package io.techpool.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An assignment as its round sees it: who was asked, how well their expertise fits ({@code tier},
 * a constant of the assignment package's tiers), how far they got and, once submitted, the scores
 * and comment.
 */
public record AssignmentState(
        UUID id,
        UUID roundId,
        UUID achievementId,
        UUID reviewerId,
        String reviewerUsername,
        String reviewerName,
        Assignment.Status status,
        String tier,
        OffsetDateTime assignedAt,
        Assignment.DeclineReason declineReason,
        BigDecimal marketPotential,
        BigDecimal economicValue,
        BigDecimal technicalContent,
        String comment) {

    public boolean is(Assignment.Status wanted) {
        return status == wanted;
    }
}
