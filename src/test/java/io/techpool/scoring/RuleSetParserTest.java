package io.techpool.scoring;

import static io.techpool.scoring.RuleSetFixtures.edit;
import static io.techpool.scoring.RuleSetFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.techpool.platform.FileViolation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each constraint of SCORING.md's rule file, broken once: the report names the file, the field and the rule. */
class RuleSetParserTest {

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("id", "must match [a-z0-9-]+", y -> edit(y, "id: test", "id: Test_1")),
                broken("id", "must equal the file name", y -> edit(y, "id: test", "id: other")),
                broken("id", "is required", y -> edit(y, "id: test\n", "")),
                broken("id", "non-blank text", y -> edit(y, "id: test", "id: [test]")),
                broken("version", "integer >= 1", y -> edit(y, "version: 1", "version: 0")),
                broken("version", "integer >= 1", y -> edit(y, "version: 1", "version: 1.5")),
                broken("version", "integer >= 1", y -> edit(y, "version: 1", "version: \"1\"")),
                broken("title.en", "is required", y -> edit(y, ", en: Test rules", "")),
                broken("title.zh", "non-blank text", y -> edit(y, "zh: 测试规则", "zh: \" \"")),
                broken("scale", "min must be less than max", y -> edit(y, "max: 100", "max: 0")),
                broken("scale.max", "must be a number", y -> edit(y, "max: 100", "max: hundred")),
                broken("dimensions[0].key", "must be one of", y -> edit(y, "key: market_potential", "key: market")),
                broken(
                        "dimensions[1].key",
                        "each dimension appears once",
                        y -> edit(y, "key: economic_value", "key: market_potential")),
                broken(
                        "dimensions",
                        "lacks economic_value; exactly the three keys",
                        y -> edit(y, "key: economic_value", "key: market_potential")),
                broken(
                        "dimensions",
                        "lacks technical_content",
                        y -> y.substring(0, y.indexOf("  - key: technical")) + y.substring(y.indexOf("reviews:"))),
                broken("dimensions", "must be a list", y -> edit(y, "dimensions:\n", "dimensions: none\nx:\n")),
                broken(
                        "dimensions[0].weight",
                        "must be greater than 0",
                        y -> edit(edit(y, "weight: 0.4", "weight: 0"), "weight: 0.3", "weight: 0.7")),
                broken(
                        "dimensions[1].weight",
                        "must be greater than 0",
                        y -> edit(edit(y, "weight: 0.4", "weight: 1.0"), "weight: 0.3", "weight: -0.3")),
                broken(
                        "dimensions",
                        "weights must sum to 1 (tolerance 1e-9), not 1.01",
                        y -> edit(y, "weight: 0.4", "weight: 0.41")),
                broken("dimensions", "weights must sum to 1", y -> edit(y, "weight: 0.4", "weight: 0.40000001")),
                broken(
                        "dimensions[0].weight",
                        "between -1e9 and 1e9",
                        y -> edit(y, "weight: 0.4", "weight: 1e999999999")),
                broken(
                        "dimensions[0].weight",
                        "at most 20 decimals",
                        y -> edit(y, "weight: 0.4", "weight: 4e-999999999")),
                broken("dimensions[0].title.zh", "is required", y -> edit(y, "zh: 市场潜力, ", "")),
                broken(
                        "dimensions[0].rubric",
                        "at least 2 levels",
                        y -> edit(y, "      - { score: 40, zh: 低, en: Low }\n", "")),
                broken(
                        "dimensions[0].rubric[0].score",
                        "within the scale [0, 100]",
                        y -> edit(y, "score: 90", "score: 120")),
                broken("dimensions[0].rubric[1].score", "within the scale", y -> edit(y, "score: 40", "score: -1")),
                broken(
                        "dimensions[0].rubric[1].score",
                        "repeats another level's score",
                        y -> edit(y, "score: 40", "score: 90.0")),
                broken("dimensions[0].rubric[0].en", "is required", y -> edit(y, ", en: High }", " }")),
                broken("reviews.required", "integer >= 1", y -> edit(y, "required: 3", "required: 0")),
                broken(
                        "reviews.assign",
                        "must be at least reviews.required (3)",
                        y -> edit(y, "assign: 5", "assign: 2")),
                broken("reviews.maxLoad", "integer >= 1", y -> edit(y, "maxLoad: 40", "maxLoad: 0")),
                broken(
                        "aggregation",
                        "must be one of mean | median | trimmed_mean",
                        y -> edit(y, "aggregation: trimmed_mean", "aggregation: mode")),
                broken("aggregation", "is required", y -> edit(y, "aggregation: trimmed_mean\n", "")),
                broken(
                        "normalization",
                        "must be one of none | zscore",
                        y -> edit(y, "normalization: none", "normalization: minmax")),
                broken(
                        "disagreement.maxStdDev",
                        "must be greater than 0",
                        y -> edit(y, "maxStdDev: 15", "maxStdDev: 0")),
                broken(
                        "selection.quota",
                        "greater than 0 and at most 0.20",
                        y -> edit(y, "quota: 0.20", "quota: 0.21")),
                broken("selection.quota", "greater than 0 and at most 0.20", y -> edit(y, "quota: 0.20", "quota: 0")),
                broken(
                        "selection.minComposite",
                        "within the scale [0, 100]",
                        y -> edit(y, "minComposite: 60", "minComposite: 100.5")),
                broken(
                        "selection.scope",
                        "must be one of global | industry_section",
                        y -> edit(y, "scope: global", "scope: section")),
                broken(
                        "selection.tieBreak",
                        "each of market_potential, economic_value, technical_content exactly once",
                        y -> edit(y, ", economic_value]", "]")),
                broken(
                        "selection.tieBreak",
                        "exactly once",
                        y -> edit(y, "market_potential, economic_value]", "market_potential, market_potential]")),
                broken("selection.tieBreak[2]", "must be a dimension key", y -> edit(y, "economic_value]", "{a: b}]")),
                broken("weights", "is not a known key", y -> y + "weights: [0.4, 0.3, 0.3]\n"),
                broken(
                        "disagreement.minReviews",
                        "is not a known key",
                        y -> edit(y, "maxStdDev: 15", "maxStdDev: 15, minReviews: 2")),
                broken(
                        "dimensions[0].rubric[0].fr",
                        "is not a known key",
                        y -> edit(y, "en: High }", "en: High, fr: Haut }")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenFiles")
    void parse_reportsFieldAndRule(String field, String rule, UnaryOperator<String> change) {
        InvalidRuleSet invalid = catchThrowableOfType(
                InvalidRuleSet.class, () -> RuleSetParser.parse("test.yaml", change.apply(valid())));

        assertThat(invalid).as("a violation of " + field).isNotNull();
        assertThat(invalid.violations()).anySatisfy(v -> {
            assertThat(v.source()).isEqualTo("test.yaml");
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule().en()).contains(rule);
            assertThat(v.rule().zh()).isNotBlank();
        });
        assertThat(invalid.getMessage()).contains("test.yaml: " + field + ": ").contains(rule);
    }

    @Test
    void parse_reportsEveryViolation_notOnlyTheFirst() {
        String yaml = edit(edit(edit(valid(), "version: 1", "version: 0"), "quota: 0.20", "quota: 0.5"), "none", "raw");

        assertThatThrownBy(() -> RuleSetParser.parse("test.yaml", yaml))
                .isInstanceOfSatisfying(
                        InvalidRuleSet.class,
                        e -> assertThat(e.violations())
                                .extracting(FileViolation::field)
                                .containsExactly("version", "normalization", "selection.quota"))
                .hasMessageContainingAll(
                        "3 violations",
                        "test.yaml: version: ",
                        "test.yaml: normalization: ",
                        "test.yaml: selection.quota: ");
    }

    @Test
    void parse_acceptsWeightsThatSumToOneWithinTolerance() {
        RuleSet rules = RuleSetParser.parse("test.yaml", edit(valid(), "weight: 0.4", "weight: 0.4000000001"));

        assertThat(rules.dimension("market_potential").orElseThrow().weight()).isEqualByComparingTo("0.4000000001");
    }

    @Test
    void parse_comparesTheIdWithTheFileNameOnly_whenInASubdirectory() {
        assertThat(RuleSetParser.parse("archive/test.yaml", valid()).id()).isEqualTo("test");
    }

    @Test
    void parse_reportsMalformedYaml_withFileAndLine() {
        String yaml = edit(valid(), "title: {", "title: [");

        assertThatThrownBy(() -> RuleSetParser.parse("test.yaml", yaml))
                .isInstanceOfSatisfying(
                        InvalidRuleSet.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.line()).isEqualTo(3)))
                .hasMessageContaining("test.yaml:3:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void parse_refusesADuplicateKey_withFileAndLine() {
        String yaml = edit(valid(), "version: 1\n", "version: 1\nversion: 2\n");

        assertThatThrownBy(() -> RuleSetParser.parse("test.yaml", yaml))
                .hasMessageContaining("test.yaml:3:")
                .hasMessageContaining("version");
    }

    @Test
    void parse_refusesAnEmptyFile() {
        assertThatThrownBy(() -> RuleSetParser.parse("test.yaml", "# nothing yet\n"))
                .hasMessageContaining("test.yaml: is empty");
    }

    @Test
    void parse_refusesAListInsteadOfAMapping() {
        assertThatThrownBy(() -> RuleSetParser.parse("test.yaml", "- id: test\n"))
                .hasMessageContaining("test.yaml: must be a YAML mapping");
    }

    @Test
    void parse_refusesASecondDocument() {
        assertThatThrownBy(() -> RuleSetParser.parse("test.yaml", valid() + "---\n" + valid()))
                .hasMessageContaining("more than one YAML document");
    }

    @Test
    void shippedDefault_isValid_withTheWeightsAndRubricOfTheContract() throws IOException {
        RuleSet rules = shipped("default");

        assertThat(rules.id()).isEqualTo("default");
        assertThat(rules.version()).isEqualTo(1);
        assertThat(rules.title().zh()).isEqualTo("默认评审规则");
        assertThat(rules.dimensions()).extracting(RuleSet.Dimension::key).isEqualTo(RuleSet.DIMENSION_KEYS);
        assertThat(rules.dimensions())
                .extracting(d -> d.weight().toPlainString())
                .containsExactly("0.4", "0.3", "0.3");
        assertThat(rules.dimensions()).allSatisfy(d -> {
            assertThat(d.rubric()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(d.rubric()).allSatisfy(level -> {
                assertThat(level.zh()).isNotBlank();
                assertThat(level.en()).isNotBlank();
            });
        });
        assertThat(rules.dimension("technical_content").orElseThrow().rubric().getFirst())
                .satisfies(top -> assertThat(top.score()).isEqualByComparingTo("90"))
                .satisfies(top -> assertThat(top.zh()).startsWith("国际领先"));
        assertThat(rules.reviews()).isEqualTo(new RuleSet.Reviews(5, 3, 40));
        assertThat(rules.aggregation()).isEqualTo(RuleSet.Aggregation.TRIMMED_MEAN);
        assertThat(rules.normalization()).isEqualTo(RuleSet.Normalization.NONE);
        assertThat(rules.disagreement().maxStdDev()).isEqualByComparingTo("15");
        assertThat(rules.selection().quota()).isEqualByComparingTo("0.20");
        assertThat(rules.selection().minComposite()).isEqualByComparingTo("60");
        assertThat(rules.selection().scope()).isEqualTo(RuleSet.Scope.GLOBAL);
        assertThat(rules.selection().tieBreak())
                .containsExactly("technical_content", "market_potential", "economic_value");
        assertThat(rules.scale().contains(BigDecimal.valueOf(100))).isTrue();
    }

    @Test
    void shippedSectionZscore_isValid_normalizedAndPerSection() throws IOException {
        RuleSet rules = shipped("section-zscore");

        assertThat(rules.id()).isEqualTo("section-zscore");
        assertThat(rules.normalization()).isEqualTo(RuleSet.Normalization.ZSCORE);
        assertThat(rules.selection().scope()).isEqualTo(RuleSet.Scope.INDUSTRY_SECTION);
        assertThat(rules.dimensions()).allSatisfy(d -> assertThat(d.rubric()).hasSizeGreaterThanOrEqualTo(4));
    }

    private static RuleSet shipped(String id) throws IOException {
        String file = id + RuleSetParser.EXTENSION;
        return RuleSetParser.parse(file, Files.readString(Path.of("scoring-rules", file)));
    }

    private static Arguments broken(String field, String rule, UnaryOperator<String> change) {
        return Arguments.of(field, rule, change);
    }
}
