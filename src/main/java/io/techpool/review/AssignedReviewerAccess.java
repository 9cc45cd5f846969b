package io.techpool.review;

import io.techpool.achievement.ReviewerAccess;
import io.techpool.platform.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A reviewer may read an achievement while assigned to it (declining gives that up). */
@ApplicationScoped
class AssignedReviewerAccess implements ReviewerAccess {

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReviewerRepository reviewers;

    @Override
    public boolean canRead(CurrentUser user, UUID achievementId) {
        return reviewers
                .of(user)
                .map(r -> assignments.count(
                                "reviewerId = ?1 and achievementId = ?2 and status <> ?3",
                                r.id,
                                achievementId,
                                Assignment.Status.DECLINED)
                        > 0)
                .orElse(false);
    }
}
