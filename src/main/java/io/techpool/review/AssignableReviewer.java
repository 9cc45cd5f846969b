package io.techpool.review;

import java.util.List;
import java.util.UUID;

/** A reviewer of the expert pool as the assignment of a round needs to know them. */
public record AssignableReviewer(
        UUID id,
        String username,
        String name,
        String organizationCode,
        List<String> expertise,
        List<String> conflictOrganizations,
        List<UUID> conflictAchievements) {

    static AssignableReviewer of(Reviewer r) {
        return new AssignableReviewer(
                r.id,
                r.username,
                r.name,
                r.organizationCode,
                List.copyOf(r.expertise),
                List.copyOf(r.conflictOrganizations),
                List.copyOf(r.conflictAchievements));
    }
}
