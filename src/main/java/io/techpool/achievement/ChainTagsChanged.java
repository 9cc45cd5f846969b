package io.techpool.achievement;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction that changed the chain tags of achievements after their submission (an operator's
 * correction, re-tagging after the chain file changed), so the pool's copy of the tags changes with them.
 */
public record ChainTagsChanged(List<Tags> changed) {

    public record Tags(UUID achievementId, List<String> chains) {}

    public ChainTagsChanged {
        changed = List.copyOf(changed);
    }
}
