package io.techpool.platform;

import java.time.ZoneId;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of TechPool itself (the {@code techpool.*} keys). */
@ConfigMapping(prefix = "techpool")
public interface TechPoolConfig {

    /** Time zone that decides calendar facts such as the year in a registration number. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Largest JSON request body accepted; larger ones get 413 before they are read. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /** Creates the demo users' organizations at start; set by the local run with its demo realm. */
    @WithDefault("false")
    boolean demoOrganizations();
}
