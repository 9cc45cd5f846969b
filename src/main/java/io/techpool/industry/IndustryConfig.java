package io.techpool.industry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Settings of the industry feature (the {@code techpool.industry.*} keys). */
@ConfigMapping(prefix = "techpool.industry")
interface IndustryConfig {

    /**
     * The YAML file of the regional key industry chains, read once at start-up (a broken file stops the start);
     * relative to the working directory.
     */
    @WithDefault("industry-chains/lanzhou.yaml")
    Path chainsFile();
}
