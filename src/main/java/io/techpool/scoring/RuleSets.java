package io.techpool.scoring;

import io.techpool.platform.DomainException;
import java.util.List;
import java.util.Optional;

/** The valid rule sets loaded from {@code scoring-rules/}. */
public interface RuleSets {

    Optional<RuleSet> find(String id, int version);

    List<RuleSet> all();

    /**
     * The rule set a round was created with, refused when its file changed since without a new version:
     * (id, version) is immutable once a round used it. A null {@code digest} (rounds older than the digest)
     * accepts the loaded content.
     */
    default RuleSet pinned(String id, int version, String digest) {
        RuleSet rules =
                find(id, version).orElseThrow(() -> new DomainException.Conflict(m -> m.ruleSetGone(id, version)));
        if (digest != null && !digest.equals(RuleSetDigest.of(rules))) {
            throw new DomainException.Conflict(m -> m.ruleSetChanged(id, version));
        }
        return rules;
    }
}
