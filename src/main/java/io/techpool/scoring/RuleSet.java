package io.techpool.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One file of {@code scoring-rules/}: how a round is reviewed and its pool selected (SCORING.md). */
public record RuleSet(
        String id,
        int version,
        Text title,
        Scale scale,
        List<Dimension> dimensions,
        Reviews reviews,
        Aggregation aggregation,
        Normalization normalization,
        Disagreement disagreement,
        Selection selection) {

    /** The three dimension keys, in the order SCORING.md lists them. */
    public static final List<String> DIMENSION_KEYS =
            List.of("market_potential", "economic_value", "technical_content");

    public record Text(String zh, String en) {}

    public record Scale(BigDecimal min, BigDecimal max) {
        public boolean contains(BigDecimal score) {
            return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
        }
    }

    public record RubricLevel(BigDecimal score, String zh, String en) {}

    public record Dimension(String key, BigDecimal weight, Text title, List<RubricLevel> rubric) {}

    public record Reviews(int assign, int required, int maxLoad) {}

    public enum Aggregation {
        mean,
        median,
        trimmed_mean
    }

    public enum Normalization {
        none,
        zscore
    }

    public enum Scope {
        global,
        industry_section
    }

    public record Disagreement(BigDecimal maxStdDev) {}

    public record Selection(BigDecimal quota, BigDecimal minComposite, Scope scope, List<String> tieBreak) {}

    public Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
