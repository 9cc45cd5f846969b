package io.techpool.round;

import io.techpool.review.AssignmentState;
import io.techpool.review.RoundReviews;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds the operator's round report from the submitted reviews and the stored computation. */
@ApplicationScoped
class RoundReports {

    private static final int BINS = 10;
    private static final String AGREEMENT = "Krippendorff's alpha (interval)";

    @Inject
    RoundLifecycle rounds;

    @Inject
    StoredSelectionResultRepository results;

    @Inject
    RoundReviews reviews;

    RoundReport report(String id) {
        Round round = rounds.find(id);
        RuleSet rules = rounds.rulesOf(round);
        List<AssignmentState> submitted = reviews.submitted(round.id);
        List<RoundReport.DimensionStats> dimensions = new ArrayList<>();
        for (String key : RuleSet.DIMENSION_KEYS) {
            List<Double> values = submitted.stream().map(a -> score(a, key)).toList();
            Map<UUID, List<Double>> byAchievement = submitted.stream()
                    .collect(Collectors.groupingBy(
                            AssignmentState::achievementId,
                            Collectors.mapping(a -> score(a, key), Collectors.toList())));
            dimensions.add(new RoundReport.DimensionStats(
                    key,
                    finite(ReviewStatistics.mean(values)),
                    finite(ReviewStatistics.stdDev(values)),
                    histogram(values, rules.scale()),
                    finite(ReviewStatistics.krippendorffAlphaInterval(byAchievement)),
                    AGREEMENT));
        }
        List<Double> all = submitted.stream()
                .flatMap(a -> RuleSet.DIMENSION_KEYS.stream().map(k -> score(a, k)))
                .toList();
        double roundMean = ReviewStatistics.mean(all);
        List<RoundReport.ReviewerStats> perReviewer =
                submitted.stream().collect(Collectors.groupingBy(AssignmentState::reviewerId)).values().stream()
                        .map(theirReviews -> {
                            AssignmentState any = theirReviews.getFirst();
                            List<Double> theirs = theirReviews.stream()
                                    .flatMap(
                                            a -> RuleSet.DIMENSION_KEYS.stream().map(k -> score(a, k)))
                                    .toList();
                            double mean = ReviewStatistics.mean(theirs);
                            return new RoundReport.ReviewerStats(
                                    any.reviewerId().toString(),
                                    any.reviewerUsername(),
                                    any.reviewerName(),
                                    theirReviews.size(),
                                    finite(mean),
                                    finite(ReviewStatistics.stdDev(theirs)),
                                    finite(mean - roundMean));
                        })
                        .sorted(Comparator.comparing(RoundReport.ReviewerStats::username))
                        .toList();
        StoredSelectionResult stored = results.findById(round.id);
        Map<String, Long> poolBySection = new TreeMap<>();
        Object cutoff = null;
        if (stored != null) {
            SelectionResultView result = stored.view();
            result.pool().stream()
                    .collect(Collectors.groupingBy(RankedAchievement::section, TreeMap::new, Collectors.counting()))
                    .forEach(poolBySection::put);
            cutoff = result.cutoffCompositeAnswer();
        }
        return new RoundReport(
                round.id.toString(),
                round.name,
                round.status,
                submitted.size(),
                dimensions,
                perReviewer,
                poolBySection,
                cutoff);
    }

    private static List<RoundReport.Bin> histogram(List<Double> values, RuleSet.Scale scale) {
        double min = scale.min().doubleValue();
        double max = scale.max().doubleValue();
        int[] counts = ReviewStatistics.histogram(values, min, max, BINS);
        BigDecimal width = scale.max().subtract(scale.min()).divide(BigDecimal.valueOf(BINS), 4, RoundingMode.HALF_UP);
        List<RoundReport.Bin> bins = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            BigDecimal from =
                    scale.min().add(width.multiply(BigDecimal.valueOf(i))).stripTrailingZeros();
            BigDecimal to = i == BINS - 1
                    ? scale.max()
                    : scale.min().add(width.multiply(BigDecimal.valueOf(i + 1))).stripTrailingZeros();
            bins.add(new RoundReport.Bin(from, to, counts[i]));
        }
        return bins;
    }

    private static double score(AssignmentState a, String key) {
        return switch (key) {
            case "market_potential" -> a.marketPotential().doubleValue();
            case "economic_value" -> a.economicValue().doubleValue();
            default -> a.technicalContent().doubleValue();
        };
    }

    /** JSON has no NaN: a statistic that cannot be computed is null. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? Math.round(value * 10000) / 10000.0 : null;
    }
}
