package io.techpool.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Count, sum and sum of squares of a list of numbers, kept exactly, and the population statistics
 * derived from them. n²·variance = n·Σx² − (Σx)² is exact, so "σ = 0" and "σ > m" are decided
 * without rounding; the mean and the std-dev themselves are rounded to {@link #PRECISION}.
 */
final class Moments {

    /** Precision of every inexact intermediate value (divisions, square roots): 34 significant digits. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private int count;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal sumOfSquares = BigDecimal.ZERO;

    static Moments of(BigDecimal... values) {
        Moments moments = new Moments();
        for (BigDecimal value : values) {
            moments.add(value);
        }
        return moments;
    }

    void add(BigDecimal value) {
        count++;
        sum = sum.add(value);
        sumOfSquares = sumOfSquares.add(value.multiply(value));
    }

    int count() {
        return count;
    }

    /** Σx / n, rounded to {@link #PRECISION}. */
    BigDecimal mean() {
        requireValues();
        return sum.divide(BigDecimal.valueOf(count), PRECISION);
    }

    /** The population std-dev: sqrt((n·Σx² − (Σx)²) / n²), the quotient and the root rounded to {@link #PRECISION}. */
    BigDecimal stdDev() {
        requireValues();
        return scaledVariance().divide(nSquared(), PRECISION).sqrt(PRECISION);
    }

    /** Whether the population std-dev is exactly 0 (all values equal). */
    boolean isConstant() {
        return scaledVariance().signum() == 0;
    }

    /** Whether the population std-dev is greater than {@code limit}, decided exactly. */
    boolean stdDevExceeds(BigDecimal limit) {
        requireValues();
        if (limit.signum() < 0) {
            return true;
        }
        return scaledVariance().compareTo(limit.multiply(limit).multiply(nSquared())) > 0;
    }

    /** n² × the population variance = n·Σx² − (Σx)², exact. */
    private BigDecimal scaledVariance() {
        return sumOfSquares.multiply(BigDecimal.valueOf(count)).subtract(sum.multiply(sum));
    }

    private BigDecimal nSquared() {
        return BigDecimal.valueOf((long) count * count);
    }

    private void requireValues() {
        if (count == 0) {
            throw new IllegalStateException("no values");
        }
    }
}
