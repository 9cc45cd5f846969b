package io.techpool.scoring;

import java.util.List;
import java.util.Optional;

/** The valid rule sets loaded from {@code scoring-rules/}. */
public interface RuleSets {

    Optional<RuleSet> find(String id, int version);

    List<RuleSet> all();
}
