package io.techpool.pool;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the pool ({@code techpool.pool.*}). */
@ConfigMapping(prefix = "techpool.pool")
public interface PoolConfig {

    /** How often saved searches are checked for new matching entries (and their owners mailed). */
    @WithDefault("5m")
    String alertCheckEvery();

    /**
     * Pool entries per sitemap file. A larger pool makes {@code /sitemap.xml} an index of parts
     * ({@code ?part=0, 1, …}): the sitemap protocol allows 50,000 URLs a file.
     */
    @WithDefault("45000")
    int sitemapEntries();
}
