package io.techpool.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * One achievement of a round's registered set R (withdrawn ones excluded): its GB/T 4754 division
 * ({@code industryCode}, e.g. "38") and section (e.g. "C"), and when it was submitted.
 */
public record Registered(String achievementId, String industryCode, String section, Instant registeredAt) {

    public Registered {
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(industryCode, "industryCode");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
