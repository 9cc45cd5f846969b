package io.techpool.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One achievement after SCORING.md steps 1–5: its aggregates rounded to 4 decimals (in
 * {@link RuleSet#DIMENSION_KEYS} order; null without reviews), composite (null without reviews),
 * disagreement flag and eligibility.
 */
record Scored(
        Registered registered,
        int submittedReviews,
        List<BigDecimal> aggregates,
        BigDecimal composite,
        boolean disagreement,
        boolean eligible) {

    String id() {
        return registered.achievementId();
    }

    String section() {
        return registered.section();
    }

    String industryCode() {
        return registered.industryCode();
    }
}
