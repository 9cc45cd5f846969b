package io.techpool.assignment;

import java.util.Objects;
import java.util.Set;

/**
 * An achievement of the round that needs reviewers.
 *
 * @param division GB/T 4754 division, e.g. {@code "38"}
 * @param section GB/T 4754 section of that division, e.g. {@code "C"}
 * @param assignedReviewerIds reviewers holding an open or submitted assignment for it
 * @param declinedReviewerIds reviewers who declined it
 * @param requested how many more reviewers it needs
 */
public record Target(
        String achievementId,
        String organizationCode,
        String division,
        String section,
        Set<String> assignedReviewerIds,
        Set<String> declinedReviewerIds,
        int requested) {

    public Target {
        Objects.requireNonNull(achievementId, "achievementId");
        assignedReviewerIds = Set.copyOf(assignedReviewerIds);
        declinedReviewerIds = Set.copyOf(declinedReviewerIds);
        if (requested < 0) {
            throw new IllegalArgumentException("requested must be >= 0, was " + requested);
        }
    }
}
