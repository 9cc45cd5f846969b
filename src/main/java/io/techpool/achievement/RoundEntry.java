package io.techpool.achievement;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An achievement as a review round sees it. */
public record RoundEntry(
        UUID id,
        String organizationCode,
        String industryCode,
        String industrySection,
        String titleZh,
        String titleEn,
        String registrationNumber,
        OffsetDateTime submittedAt) {}
