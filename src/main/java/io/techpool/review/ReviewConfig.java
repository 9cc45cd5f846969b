package io.techpool.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of expert review ({@code techpool.review.*}). */
@ConfigMapping(prefix = "techpool.review")
public interface ReviewConfig {

    /** How long before a round's deadline reviewers with open assignments are reminded (once). */
    @WithDefault("48h")
    Duration reminderLead();

    /** How often due reminders are looked for. */
    @WithDefault("15m")
    String reminderCheckEvery();
}
