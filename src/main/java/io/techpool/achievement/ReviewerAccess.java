package io.techpool.achievement;

import io.techpool.platform.CurrentUser;
import java.util.UUID;

/**
 * Whether a reviewer may read an achievement: one assigned to it may. Review implements this, as it
 * depends on achievements and not the other way round.
 */
public interface ReviewerAccess {

    boolean canRead(CurrentUser reviewer, UUID achievementId);
}
