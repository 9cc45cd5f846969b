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
        RuleSet rules = find(id, version)
                .orElseThrow(() -> new DomainException.Conflict(
                        "本批次的评审规则 " + id + " 第 " + version + " 版已不存在。",
                        "The round's rule set " + id + " version " + version + " is no longer loaded."));
        if (digest != null && !digest.equals(RuleSetDigest.of(rules))) {
            throw new DomainException.Conflict(
                    "评审规则 " + id + " 第 " + version + " 版的内容在本批次使用后被修改；请提高版本号。",
                    "Rule set " + id + " version " + version
                            + " was changed after this round used it; raise its version instead.");
        }
        return rules;
    }
}
