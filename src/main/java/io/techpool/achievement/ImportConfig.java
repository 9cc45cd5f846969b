package io.techpool.achievement;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the Excel/CSV import of achievements and the liveness of its background jobs ({@code techpool.import.*}). */
@ConfigMapping(prefix = "techpool.import")
interface ImportConfig {

    /** Largest file accepted; larger ones get 413. Keep below {@code quarkus.http.limits.max-body-size}. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** Most achievement rows in one file imported within the request; more get 413 naming the limit. */
    @WithDefault("5000")
    int maxRows();

    /** Most bytes an {@code .xlsx} may unpack to, all its parts together; checked before the file is parsed. */
    @WithDefault("200M")
    MemorySize maxUnpackedSize();

    /** Highest ratio of unpacked to packed size of one part of an {@code .xlsx} (above 1 MB): zip bombs exceed it. */
    @WithDefault("100")
    int maxCompressionRatio();

    /** Most achievement rows in one file imported in the background ({@code ?async=true}). */
    @WithDefault("10000")
    int maxJobRows();

    /** How often a replica tells the database that the background imports it runs are alive. */
    @WithDefault("10s")
    Duration heartbeatEvery();

    /**
     * How long a background import may go without a heartbeat before it counts as abandoned (its replica died) and
     * is ended FAILED. Several heartbeats, so that a busy replica is not taken for a dead one.
     */
    @WithDefault("60s")
    Duration abandonedAfter();
}
