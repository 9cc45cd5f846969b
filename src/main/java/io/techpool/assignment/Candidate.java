package io.techpool.assignment;

import java.util.Objects;
import java.util.Set;

/**
 * Who may review: a reviewer with a profile.
 *
 * @param organizationCode null when the reviewer belongs to no organization
 * @param openLoad open assignments the reviewer already holds in this round
 */
public record Candidate(
        String reviewerId,
        String organizationCode,
        Set<String> expertiseDivisions,
        Set<String> conflictOrganizations,
        Set<String> conflictAchievementIds,
        int openLoad) {

    public Candidate {
        Objects.requireNonNull(reviewerId, "reviewerId");
        expertiseDivisions = Set.copyOf(expertiseDivisions);
        conflictOrganizations = Set.copyOf(conflictOrganizations);
        conflictAchievementIds = Set.copyOf(conflictAchievementIds);
        if (openLoad < 0) {
            throw new IllegalArgumentException("openLoad must be >= 0, was " + openLoad);
        }
    }
}
