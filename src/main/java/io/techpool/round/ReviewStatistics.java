package io.techpool.round;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The statistics of a round report: pure functions of the scores. */
final class ReviewStatistics {

    private ReviewStatistics() {}

    static double mean(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Population standard deviation, as everywhere in SCORING.md. */
    static double stdDev(Collection<Double> values) {
        double mean = mean(values);
        return Math.sqrt(values.stream()
                .mapToDouble(v -> (v - mean) * (v - mean))
                .average()
                .orElse(Double.NaN));
    }

    /** Counts per equal-width bin over [min, max]; the maximum falls into the last bin. */
    static int[] histogram(Collection<Double> values, double min, double max, int bins) {
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (double v : values) {
            int bin = (int) Math.floor((v - min) / width);
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        return counts;
    }

    /**
     * Krippendorff's alpha for interval data, α = 1 − D_o / D_e, over units (achievements) with the
     * values their reviewers gave. It allows any number of reviewers per unit and missing ones, which
     * is how assignment works; units with fewer than two values are not pairable and left out. NaN
     * when there is no pairable unit or no variation at all.
     */
    static double krippendorffAlphaInterval(Map<?, List<Double>> valuesByUnit) {
        double observed = 0;
        double n = 0;
        double sum = 0;
        double sumOfSquares = 0;
        for (List<Double> unit : valuesByUnit.values()) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            double unitSum = 0;
            double unitSquares = 0;
            for (double v : unit) {
                unitSum += v;
                unitSquares += v * v;
            }
            // Σ_{i≠j} (v_i − v_j)² = 2 (m Σv² − (Σv)²)
            observed += 2 * (m * unitSquares - unitSum * unitSum) / (m - 1);
            n += m;
            sum += unitSum;
            sumOfSquares += unitSquares;
        }
        if (n < 2) {
            return Double.NaN;
        }
        double dObserved = observed / n;
        double dExpected = 2 * (n * sumOfSquares - sum * sum) / (n * (n - 1));
        return dExpected == 0 ? Double.NaN : 1 - dObserved / dExpected;
    }
}
