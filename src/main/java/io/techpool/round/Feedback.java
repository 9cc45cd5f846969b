package io.techpool.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an owner gets back after publication (SCORING.md "What every owner gets back"): never who
 * reviewed, only what was said.
 */
record Feedback(
        String achievementId,
        String roundId,
        String roundName,
        boolean selected,
        String reason,
        Map<String, BigDecimal> aggregates,
        BigDecimal composite,
        BigDecimal percentile,
        BigDecimal cutoffComposite,
        List<String> flags,
        int submittedReviews,
        List<String> comments) {}
