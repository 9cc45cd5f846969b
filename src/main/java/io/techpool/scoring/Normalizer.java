package io.techpool.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SCORING.md step 2: the scores used from step 3 on. {@code none} keeps the raw scores;
 * {@code zscore} rescales reviewer r's score s of dimension d to s' = μ + z·σ with
 * z = (s − μ_r) / σ_r, where μ_r, σ_r are the mean and population std-dev of r's submitted scores of
 * d and μ, σ those of every submitted score of d; a reviewer with fewer than 3 sheets, or σ_r = 0 in
 * d, keeps raw scores of d; s' is clamped to the scale.
 *
 * <p>Precision: μ, σ, μ_r, σ_r as in {@link Moments}; z = (s − μ_r) ÷ σ_r, then z × σ, then μ + that,
 * each rounded to {@link Moments#PRECISION}; the clamped s' is kept at that precision.
 */
final class Normalizer {

    /** A reviewer needs at least this many submitted reviews in the round to be rescaled. */
    static final int MIN_REVIEWS = 3;

    private static final int DIMENSIONS = RuleSet.DIMENSION_KEYS.size();

    private Normalizer() {}

    /**
     * The scores used: {@code result[i][d]} for {@code sheets.get(i)} and dimension d in
     * {@link RuleSet#DIMENSION_KEYS} order. {@code sheets} are every submitted sheet of the round's R.
     */
    static BigDecimal[][] apply(RuleSet.Normalization mode, RuleSet.Scale scale, List<ScoreSheet> sheets) {
        BigDecimal[][] used = new BigDecimal[sheets.size()][DIMENSIONS];
        for (int i = 0; i < sheets.size(); i++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                used[i][d] = sheets.get(i).score(d);
            }
        }
        if (mode == RuleSet.Normalization.NONE || sheets.isEmpty()) {
            return used;
        }
        Moments[] round = new Moments[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            round[d] = new Moments();
        }
        Map<String, Moments[]> byReviewer = new HashMap<>();
        for (ScoreSheet sheet : sheets) {
            Moments[] reviewer = byReviewer.computeIfAbsent(sheet.reviewerId(), r -> {
                Moments[] moments = new Moments[DIMENSIONS];
                for (int d = 0; d < DIMENSIONS; d++) {
                    moments[d] = new Moments();
                }
                return moments;
            });
            for (int d = 0; d < DIMENSIONS; d++) {
                round[d].add(sheet.score(d));
                reviewer[d].add(sheet.score(d));
            }
        }
        BigDecimal[] mean = new BigDecimal[DIMENSIONS];
        BigDecimal[] stdDev = new BigDecimal[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            mean[d] = round[d].mean();
            stdDev[d] = round[d].stdDev();
        }
        Map<String, Rescale[]> rescales = new HashMap<>();
        byReviewer.forEach((reviewer, moments) -> {
            if (moments[0].count() < MIN_REVIEWS) {
                return;
            }
            Rescale[] perDimension = new Rescale[DIMENSIONS];
            for (int d = 0; d < DIMENSIONS; d++) {
                if (!moments[d].isConstant()) {
                    perDimension[d] = new Rescale(moments[d].mean(), moments[d].stdDev(), mean[d], stdDev[d]);
                }
            }
            rescales.put(reviewer, perDimension);
        });
        for (int i = 0; i < sheets.size(); i++) {
            Rescale[] perDimension = rescales.get(sheets.get(i).reviewerId());
            if (perDimension == null) {
                continue;
            }
            for (int d = 0; d < DIMENSIONS; d++) {
                if (perDimension[d] != null) {
                    used[i][d] = clamp(perDimension[d].apply(used[i][d]), scale);
                }
            }
        }
        return used;
    }

    static BigDecimal clamp(BigDecimal value, RuleSet.Scale scale) {
        if (value.compareTo(scale.min()) < 0) {
            return scale.min();
        }
        if (value.compareTo(scale.max()) > 0) {
            return scale.max();
        }
        return value;
    }

    /**
     * One reviewer's rescaling of one dimension, remembering each score it has rescaled: a reviewer
     * gives few distinct scores, and the result depends on the score alone.
     */
    private record Rescale(
            BigDecimal reviewerMean,
            BigDecimal reviewerStdDev,
            BigDecimal mean,
            BigDecimal stdDev,
            Map<BigDecimal, BigDecimal> done) {

        Rescale(BigDecimal reviewerMean, BigDecimal reviewerStdDev, BigDecimal mean, BigDecimal stdDev) {
            this(reviewerMean, reviewerStdDev, mean, stdDev, new HashMap<>());
        }

        BigDecimal apply(BigDecimal score) {
            return done.computeIfAbsent(score, s -> {
                BigDecimal z = s.subtract(reviewerMean).divide(reviewerStdDev, Moments.PRECISION);
                return mean.add(z.multiply(stdDev, Moments.PRECISION), Moments.PRECISION);
            });
        }
    }
}
