package io.techpool.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An assignment as an operator chasing late reviews sees it: who was asked (name, user name, e-mail,
 * organization), how far they got and when they were last reminded. Reviewer identities: for operators only.
 */
public record AssignmentFollowUp(
        UUID achievementId,
        UUID reviewerId,
        String reviewerUsername,
        String reviewerName,
        String reviewerEmail,
        String reviewerOrganization,
        Assignment.Status status,
        OffsetDateTime assignedAt,
        OffsetDateTime savedAt,
        OffsetDateTime remindedAt) {

    public boolean is(Assignment.Status wanted) {
        return status == wanted;
    }
}
