package io.techpool.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One achievement of R in the answer of a computation. {@code aggregates} is keyed by the three
 * dimension keys (in {@link RuleSet#DIMENSION_KEYS} order) with 4-decimal values, null values when
 * there is no submitted review; {@code composite} has 4 decimals and is null without reviews;
 * {@code rank} and {@code percentile} (2 decimals) are null for ineligible achievements;
 * {@code industryRank} is set for selected ones only (SCORING.md step 8).
 */
public record RankedAchievement(
        String achievementId,
        String industryCode,
        String section,
        boolean eligible,
        Reason reason,
        int submittedReviews,
        Map<String, BigDecimal> aggregates,
        BigDecimal composite,
        Integer rank,
        BigDecimal percentile,
        List<String> flags,
        boolean selected,
        Integer industryRank) {

    /** The flag of SCORING.md step 5. */
    public static final String DISAGREEMENT = "DISAGREEMENT";
}
