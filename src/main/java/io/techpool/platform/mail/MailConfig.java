package io.techpool.platform.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the mail outbox ({@code techpool.mail.*}). */
@ConfigMapping(prefix = "techpool.mail")
public interface MailConfig {

    /** Wait after the first failed attempt; it doubles with each further one, up to {@link #retryMax()}. */
    @WithDefault("30s")
    Duration retryAfter();

    /** Longest wait between two attempts at one mail. */
    @WithDefault("1h")
    Duration retryMax();

    /** Attempts at one mail before the sender gives up on it (logged, counted, kept in the table). */
    @WithDefault("10")
    int attempts();

    /** How often the outbox is looked at besides right after each commit that wrote to it. */
    @WithDefault("30s")
    String checkEvery();

    /** Mails one claim takes; they stay locked until the batch is done. */
    @WithDefault("20")
    int batchSize();
}
