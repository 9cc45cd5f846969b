package io.techpool.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One file of {@code scoring-rules/}: how a round is reviewed and its pool selected (SCORING.md).
 * Loaded rule sets have passed every constraint of SCORING.md; enum values are the files' lower-case names.
 */
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

    public RuleSet {
        dimensions = List.copyOf(dimensions);
    }

    /**
     * A title in both languages, JSON {@code {"zh", "en"}} like {@code platform.Bilingual}, which it cannot be:
     * the selection computation reads rule sets and uses no platform class (ARCHITECTURE.md).
     */
    public record Text(String zh, String en) {}

    public record Scale(BigDecimal min, BigDecimal max) {
        public boolean contains(BigDecimal score) {
            return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
        }
    }

    public record RubricLevel(BigDecimal score, String zh, String en) {}

    public record Dimension(String key, BigDecimal weight, Text title, List<RubricLevel> rubric) {
        public Dimension {
            rubric = List.copyOf(rubric);
        }
    }

    public record Reviews(int assign, int required, int maxLoad) {}

    /** How the scores of one dimension become one value (SCORING.md step 3). */
    public enum Aggregation {
        MEAN("mean"),
        MEDIAN("median"),
        TRIMMED_MEAN("trimmed_mean");

        private final String value;

        Aggregation(String value) {
            this.value = value;
        }

        /** The name used in rule files and JSON. */
        @JsonValue
        public String value() {
            return value;
        }
    }

    /** Whether reviewers' scores are rescaled before aggregation (SCORING.md step 2). */
    public enum Normalization {
        NONE("none"),
        ZSCORE("zscore");

        private final String value;

        Normalization(String value) {
            this.value = value;
        }

        /** The name used in rule files and JSON. */
        @JsonValue
        public String value() {
            return value;
        }
    }

    /** Where the quota applies: the whole round, or each GB/T 4754 section (SCORING.md step 7). */
    public enum Scope {
        GLOBAL("global"),
        INDUSTRY_SECTION("industry_section");

        private final String value;

        Scope(String value) {
            this.value = value;
        }

        /** The name used in rule files and JSON. */
        @JsonValue
        public String value() {
            return value;
        }
    }

    public record Disagreement(BigDecimal maxStdDev) {}

    public record Selection(BigDecimal quota, BigDecimal minComposite, Scope scope, List<String> tieBreak) {
        public Selection {
            tieBreak = List.copyOf(tieBreak);
        }
    }

    public Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
