package io.techpool.scoring;

import io.techpool.scoring.Aggregator.Aggregate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SCORING.md step 4: composite = Σ weight_d × aggregate_d, rounded half-up to 4 decimals. The sum
 * is taken over the exact (unrounded) aggregates and rounded once: Σ w_d·sum_d·(L / count_d) ÷ L with
 * L the least common multiple of the counts.
 */
final class Composite {

    private Composite() {}

    /** {@code weights[d]} belongs to {@code aggregates[d]}. */
    static BigDecimal of(BigDecimal[] weights, Aggregate[] aggregates) {
        long common = 1;
        for (Aggregate aggregate : aggregates) {
            common = lcm(common, aggregate.count());
        }
        BigDecimal numerator = BigDecimal.ZERO;
        for (int d = 0; d < aggregates.length; d++) {
            Aggregate aggregate = aggregates[d];
            numerator = numerator.add(
                    weights[d].multiply(aggregate.sum()).multiply(BigDecimal.valueOf(common / aggregate.count())));
        }
        return numerator.divide(BigDecimal.valueOf(common), 4, RoundingMode.HALF_UP);
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}
