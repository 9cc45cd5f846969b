package io.techpool.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Settings of the scoring feature (the {@code techpool.scoring.*} keys). */
@ConfigMapping(prefix = "techpool.scoring")
interface ScoringConfig {

    /** Directory whose {@code *.yaml} files are the rule sets, read once at start-up; relative to the working directory. */
    @WithDefault("scoring-rules")
    Path rulesDir();
}
