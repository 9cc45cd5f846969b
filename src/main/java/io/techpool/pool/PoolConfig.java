package io.techpool.pool;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the pool ({@code techpool.pool.*}). */
@ConfigMapping(prefix = "techpool.pool")
public interface PoolConfig {

    /** How often saved searches are checked for new matching entries (and their owners mailed). */
    @WithDefault("5m")
    String alertCheckEvery();
}
