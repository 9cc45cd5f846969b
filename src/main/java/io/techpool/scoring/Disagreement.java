package io.techpool.scoring;

import java.math.BigDecimal;

/**
 * SCORING.md step 5: an achievement is flagged when, in any dimension, the population std-dev of
 * the scores used in step 3 (after normalization, before trimming) is greater than maxStdDev. Decided
 * exactly (see {@link Moments#stdDevExceeds}). A flag changes nothing else.
 */
final class Disagreement {

    private Disagreement() {}

    /** {@code scoresByDimension[d]} are the scores used of dimension d. */
    static boolean flags(BigDecimal[][] scoresByDimension, BigDecimal maxStdDev) {
        for (BigDecimal[] scores : scoresByDimension) {
            if (scores.length > 0 && Moments.of(scores).stdDevExceeds(maxStdDev)) {
                return true;
            }
        }
        return false;
    }
}
