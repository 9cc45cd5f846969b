package io.techpool.platform.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of search administration ({@code techpool.search.*}). */
@ConfigMapping(prefix = "techpool.search")
public interface SearchConfig {

    /**
     * How often index updates Hibernate Search gave up on (aborted outbox events) are put back in line, while the
     * search cluster answers.
     */
    @WithDefault("30s")
    String requeueAbortedEvery();
}
