package io.techpool.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The operator's report of a round: score distributions, reviewer agreement and leniency, the pool. */
record RoundReport(
        String roundId,
        String roundName,
        Round.Status status,
        int reviewsSubmitted,
        List<DimensionStats> dimensions,
        List<ReviewerStats> reviewers,
        Map<String, Long> poolBySection,
        Object cutoffComposite) {

    /**
     * {@code agreement} is Krippendorff's alpha (interval): 1 is perfect agreement, 0 no better than
     * chance, null when it cannot be computed.
     */
    public record DimensionStats(
            String key, Double mean, Double stdDev, List<Bin> histogram, Double agreement, String agreementStatistic) {}

    public record Bin(BigDecimal from, BigDecimal to, int count) {}

    /** {@code offset}: the reviewer's mean minus the round's mean over all dimensions; negative = harsh. */
    public record ReviewerStats(
            String reviewerId, String username, String name, int reviews, Double mean, Double stdDev, Double offset) {}
}
