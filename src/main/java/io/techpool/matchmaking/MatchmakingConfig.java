package io.techpool.matchmaking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of matchmaking ({@code techpool.matchmaking.*}). */
@ConfigMapping(prefix = "techpool.matchmaking")
public interface MatchmakingConfig {

    /** How long a request may stay unanswered before its owner organization is reminded (once). */
    @WithDefault("7d")
    Duration remindAfter();

    /** How long a request may stay unanswered before it expires and the investor is told. */
    @WithDefault("30d")
    Duration expireAfter();

    /** Shortest time between two e-mails about new messages to one party of one request. */
    @WithDefault("10m")
    Duration messageMailEvery();

    /** How often due reminders, expiries and message e-mails are looked for. */
    @WithDefault("5m")
    String checkEvery();
}
