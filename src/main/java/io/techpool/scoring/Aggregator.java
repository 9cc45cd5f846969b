package io.techpool.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * SCORING.md step 3: one value per achievement and dimension from the scores used. {@code mean};
 * {@code median} (mean of the two middle values for an even count); {@code trimmed_mean}: without
 * one highest and one lowest value when there are at least 5, otherwise the plain mean.
 *
 * <p>The result is kept exact, as a sum over a count, so that the composite is rounded once.
 */
final class Aggregator {

    /** Trimmed mean drops the extremes only from this many values on. */
    static final int TRIM_FROM = 5;

    private Aggregator() {}

    /** An exact aggregate: {@code sum / count}. */
    record Aggregate(BigDecimal sum, int count) {

        /** The aggregate rounded half-up to 4 decimals: the value shown and used by the tie-break. */
        BigDecimal rounded() {
            return sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
        }
    }

    static Aggregate of(RuleSet.Aggregation method, BigDecimal... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no scores to aggregate");
        }
        return switch (method) {
            case MEAN -> mean(values);
            case MEDIAN -> median(values);
            case TRIMMED_MEAN -> values.length >= TRIM_FROM ? trimmedMean(values) : mean(values);
        };
    }

    private static Aggregate mean(BigDecimal[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return new Aggregate(sum, values.length);
    }

    private static Aggregate median(BigDecimal[] values) {
        BigDecimal[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1
                ? new Aggregate(sorted[middle], 1)
                : new Aggregate(sorted[middle - 1].add(sorted[middle]), 2);
    }

    private static Aggregate trimmedMean(BigDecimal[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lowest = values[0];
        BigDecimal highest = values[0];
        for (BigDecimal value : values) {
            sum = sum.add(value);
            lowest = lowest.min(value);
            highest = highest.max(value);
        }
        return new Aggregate(sum.subtract(lowest).subtract(highest), values.length - 2);
    }
}
