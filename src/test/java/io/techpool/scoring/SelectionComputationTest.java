package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.ids;
import static io.techpool.scoring.ScoringFixtures.registered;
import static io.techpool.scoring.ScoringFixtures.rules;
import static io.techpool.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md steps 1–8 together, on small rounds worked out by hand. */
class SelectionComputationTest {

    private static final RuleSet DEFAULT = rules(); // required 3, trimmed_mean, none, global, 0.20, min 60

    /** Rules where one sheet makes an achievement eligible and the aggregate is that sheet's score. */
    private static final RuleSet ONE_SHEET = rules("required: 3", "required: 1", "trimmed_mean", "mean");

    /** A round builder: achievements with their sheets. */
    private static final class Round {
        final List<Registered> registered = new ArrayList<>();
        final List<ScoreSheet> sheets = new ArrayList<>();

        Round add(Registered r, int reviews, int mp, int ev, int tc) {
            registered.add(r);
            for (int i = 0; i < reviews; i++) {
                sheets.add(sheet(r.achievementId(), "R" + i, mp, ev, tc));
            }
            return this;
        }

        Round add(String id, int minute, int reviews, int mp, int ev, int tc) {
            return add(registered(id, minute), reviews, mp, ev, tc);
        }

        SelectionResult compute(RuleSet rules) {
            return SelectionComputation.compute(rules, registered, sheets);
        }
    }

    private static Map<String, RankedAchievement> byId(SelectionResult result) {
        return result.ranking().stream()
                .collect(Collectors.toMap(RankedAchievement::achievementId, Function.identity()));
    }

    @Test
    void fewerThanFiveAchievements_poolOfZero() {
        Round round = new Round();
        for (int i = 0; i < 4; i++) {
            round.add("A" + i, i, 3, 95, 95, 95);
        }

        SelectionResult result = round.compute(DEFAULT);

        assertThat(result.n()).isEqualTo(4);
        assertThat(result.capacity()).isZero();
        assertThat(result.pool()).isEmpty();
        assertThat(result.cutoffComposite()).isNull();
        assertThat(result.ranking()).extracting(RankedAchievement::reason).containsOnly(Reason.BELOW_CUTOFF);
        assertThat(result.ranking()).extracting(RankedAchievement::rank).containsExactly(1, 2, 3, 4);
        assertThat(result.ranking())
                .extracting(RankedAchievement::percentile)
                .containsExactly(
                        new BigDecimal("100.00"),
                        new BigDecimal("75.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("25.00"));
    }

    @Test
    void allEqualScores_theEarliestRegisteredEnter() {
        Round round = new Round();
        for (int i = 0; i < 10; i++) {
            round.add("A" + i, 9 - i, 3, 70, 70, 70); // A9 registered first
        }

        SelectionResult result = round.compute(DEFAULT);

        assertThat(result.capacity()).isEqualTo(2);
        assertThat(ids(result.pool())).containsExactly("A9", "A8");
        assertThat(ids(result.ranking())).startsWith("A9", "A8", "A7").endsWith("A0");
        assertThat(result.cutoffComposite()).isEqualTo(new BigDecimal("70.0000"));
        RankedAchievement first = result.ranking().get(0);
        assertThat(first.composite()).isEqualTo(new BigDecimal("70.0000"));
        assertThat(first.aggregates())
                .containsExactly(
                        Map.entry("market_potential", new BigDecimal("70.0000")),
                        Map.entry("economic_value", new BigDecimal("70.0000")),
                        Map.entry("technical_content", new BigDecimal("70.0000")));
        assertThat(first.industryRank()).isEqualTo(1);
        assertThat(result.pool().get(1).industryRank()).isEqualTo(2);
        assertThat(byId(result).get("A7").reason()).isEqualTo(Reason.BELOW_CUTOFF);
        assertThat(byId(result).get("A7").industryRank()).isNull();
    }

    /**
     * N = 10 (capacity 2): X leads with 90; two contenders tie for the second place until the rule
     * named; seven fillers score 10 (BELOW_MIN_COMPOSITE).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            technical_content decides                 | B 5 75 75 75       | C 6 75 70 80       | C | B
            then market_potential                     | B 5 75 75 75       | D 6 78 71 75       | D | B
            then economic_value (75.00003 → 75.0000)  | B 5 75 75 75       | E 6 75 75.0001 75  | E | B
            composite compared after rounding         | P 5 75.0001 75 75  | Q 6 75 74.9 75.1   | Q | P
            then registration time                    | B 5 75 75 75       | Z 3 75 75 75       | Z | B
            then id                                   | C 4 75 75 75       | B 4 75 75 75       | B | C
            """)
    void tiesAcrossTheCapacityBoundary(String name, String first, String second, String winner, String loser) {
        List<Registered> registered = new ArrayList<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        registered.add(registered("X", 0));
        sheets.add(sheet("X", "R", 90, 90, 90));
        for (String contender : List.of(first, second)) {
            String[] f = contender.split(" ");
            registered.add(registered(f[0], Integer.parseInt(f[1])));
            sheets.add(sheet(f[0], "R", f[2], f[3], f[4]));
        }
        for (int i = 0; i < 7; i++) {
            registered.add(registered("F" + i, 10 + i));
            sheets.add(sheet("F" + i, "R", 10, 10, 10));
        }

        SelectionResult result = SelectionComputation.compute(ONE_SHEET, registered, sheets);

        assertThat(ids(result.pool())).containsExactly("X", winner);
        assertThat(byId(result).get(loser).reason()).isEqualTo(Reason.BELOW_CUTOFF);
        assertThat(byId(result).get(loser).rank()).isEqualTo(3);
        assertThat(byId(result).get("F0").reason()).isEqualTo(Reason.BELOW_MIN_COMPOSITE);
        assertThat(result.cutoffComposite()).isEqualTo(byId(result).get(winner).composite());
    }

    @Test
    void fewerThanRequiredReviews_ineligibleButCountedInN() {
        Round round = new Round()
                .add("A", 0, 2, 95, 95, 95) // 2 of 3: ineligible, still aggregated
                .add("B", 1, 0, 0, 0, 0) // none
                .add("C", 2, 3, 80, 80, 80)
                .add("D", 3, 3, 70, 70, 70)
                .add("E", 4, 4, 65, 65, 65);

        SelectionResult result = round.compute(DEFAULT);

        assertThat(result.n()).isEqualTo(5);
        assertThat(result.capacity()).isEqualTo(1);
        assertThat(ids(result.ranking())).containsExactly("C", "D", "E", "A", "B");
        assertThat(ids(result.pool())).containsExactly("C");
        RankedAchievement a = byId(result).get("A");
        assertThat(a.eligible()).isFalse();
        assertThat(a.reason()).isEqualTo(Reason.INSUFFICIENT_REVIEWS);
        assertThat(a.submittedReviews()).isEqualTo(2);
        assertThat(a.composite()).isEqualTo(new BigDecimal("95.0000"));
        assertThat(a.rank()).isNull();
        assertThat(a.percentile()).isNull();
        RankedAchievement b = byId(result).get("B");
        assertThat(b.submittedReviews()).isZero();
        assertThat(b.composite()).isNull();
        assertThat(b.aggregates()).containsOnlyKeys(RuleSet.DIMENSION_KEYS).containsValues((BigDecimal) null);
        assertThat(b.flags()).isEmpty();
        assertThat(byId(result).get("E").percentile()).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    void minCompositeAboveEveryone_emptyPool() {
        Round round = new Round();
        for (int i = 0; i < 10; i++) {
            round.add("A" + i, i, 3, 90, 90, 90);
        }

        SelectionResult result = round.compute(rules("minComposite: 60", "minComposite: 95"));

        assertThat(result.capacity()).isEqualTo(2);
        assertThat(result.pool()).isEmpty();
        assertThat(result.cutoffComposite()).isNull();
        assertThat(result.ranking()).extracting(RankedAchievement::reason).containsOnly(Reason.BELOW_MIN_COMPOSITE);
    }

    @Test
    void industrySection_tinySectionsGetNoPlace_poolOrderedByIndustry() {
        Round round = new Round();
        for (int i = 0; i < 4; i++) { // section A: 4 (C_A = 0), the best scores of the round
            round.add(registered("A" + i, "01", "A", i), 3, 99, 99, 99);
        }
        round.add(registered("M0", "73", "M", 4), 3, 98, 98, 98); // section M: 1 (C_M = 0)
        round.add(registered("C0", "39", "C", 5), 3, 90, 90, 90); // section C: 10 (C_C = 2)
        round.add(registered("C1", "38", "C", 6), 3, 85, 85, 85);
        for (int i = 2; i < 10; i++) {
            round.add(registered("C" + i, "38", "C", 5 + i), 3, 70, 70, 70);
        }

        SelectionResult result = round.compute(rules("scope: global", "scope: industry_section"));

        assertThat(result.n()).isEqualTo(15);
        assertThat(result.capacityBySection()).containsExactly(Map.entry("A", 0), Map.entry("C", 2), Map.entry("M", 0));
        assertThat(result.capacity()).isEqualTo(2);
        assertThat(ids(result.pool())).containsExactly("C1", "C0"); // division 38 before 39
        assertThat(result.pool()).extracting(RankedAchievement::industryRank).containsExactly(1, 1);
        assertThat(result.pool()).extracting(RankedAchievement::rank).containsExactly(7, 6);
        assertThat(result.cutoffComposite()).isNull();
        assertThat(result.cutoffBySection()).containsOnlyKeys("A", "C", "M");
        assertThat(result.cutoffBySection().get("A")).isNull();
        assertThat(result.cutoffBySection().get("C")).isEqualTo(new BigDecimal("85.0000"));
        assertThat(result.cutoffBySection().get("M")).isNull();
        assertThat(byId(result).get("A0").reason()).isEqualTo(Reason.BELOW_CUTOFF);
    }

    @Test
    void disagreement_flagsWithoutChangingTheComputation() {
        List<Registered> registered = new ArrayList<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(registered("A" + i, i));
            for (int r = 0; r < 3; r++) {
                sheets.add(sheet("A" + i, "R" + r, 70, 70, 70));
            }
        }
        // A0 mp 40 70 100: mean 70 as the others, σ = √600 ≈ 24.5 > 15
        sheets.set(0, sheet("A0", "R0", 40, 70, 70));
        sheets.set(2, sheet("A0", "R2", 100, 70, 70));

        SelectionResult result = SelectionComputation.compute(DEFAULT, registered, sheets);

        assertThat(byId(result).get("A0").flags()).containsExactly(RankedAchievement.DISAGREEMENT);
        assertThat(byId(result).get("A1").flags()).isEmpty();
        assertThat(byId(result).get("A0").composite()).isEqualTo(new BigDecimal("70.0000"));
        assertThat(ids(result.pool())).containsExactly("A0"); // first registered of five equals
    }

    @Test
    void sheetsOfAchievementsOutsideR_areIgnored() {
        Round round = new Round();
        for (int i = 0; i < 5; i++) {
            round.add("A" + i, i, 3, 60 + i, 60, 60);
        }
        SelectionResult without = round.compute(rules("normalization: none", "normalization: zscore"));
        round.sheets.add(sheet("WITHDRAWN", "R0", 0, 0, 0));
        round.sheets.add(sheet("WITHDRAWN", "R1", 100, 100, 100));

        SelectionResult with = round.compute(rules("normalization: none", "normalization: zscore"));

        assertThat(with).isEqualTo(without);
    }

    @Test
    void rulesFilesOfTheRepository_compute() {
        Round round = new Round();
        String[] sections = {"C", "C", "I", "M"};
        String[] divisions = {"38", "39", "65", "73"};
        for (int i = 0; i < 40; i++) {
            int s = i % 4;
            round.registered.add(registered("A" + i, divisions[s], sections[s], i));
            for (int r = 0; r < 5; r++) {
                int bias = r * 3 - 6; // reviewer R0 strict … R4 lenient
                int base = 50 + (i * 7) % 45;
                round.sheets.add(
                        sheet("A" + i, "R" + ((i + r) % 9), base + bias, base, Math.min(100, base + bias + 2)));
            }
        }

        SelectionResult global = round.compute(ScoringFixtures.ruleFile("default.yaml"));
        SelectionResult bySection = round.compute(ScoringFixtures.ruleFile("section-zscore.yaml"));

        assertThat(global.capacity()).isEqualTo(8);
        assertThat(global.pool()).hasSize(8);
        assertThat(bySection.capacityBySection())
                .containsExactly(Map.entry("C", 4), Map.entry("I", 2), Map.entry("M", 2));
        assertThat(bySection.pool()).hasSizeLessThanOrEqualTo(8);
        assertThat(bySection.rulesId()).isEqualTo("section-zscore");
        assertThat(global.inputDigest()).isNotEqualTo(bySection.inputDigest());
    }

    @Test
    void digest_dependsOnTheInputsNotOnTheirOrderOrNumberScale() {
        List<Registered> registered = List.of(registered("A", 0), registered("B", 1));
        List<ScoreSheet> sheets = List.of(sheet("A", "R1", 80, 70, 60), sheet("B", "R1", 50, 50, 50));
        String digest =
                SelectionComputation.compute(ONE_SHEET, registered, sheets).inputDigest();

        assertThat(digest).hasSize(64).matches("[0-9a-f]+");
        assertThat(SelectionComputation.compute(ONE_SHEET, registered.reversed(), sheets.reversed())
                        .inputDigest())
                .isEqualTo(digest);
        assertThat(SelectionComputation.compute(
                                ONE_SHEET,
                                registered,
                                List.of(sheet("A", "R1", "80.00", "70.0", "60"), sheet("B", "R1", 50, 50, 50)))
                        .inputDigest())
                .isEqualTo(digest);
        assertThat(SelectionComputation.compute(
                                ONE_SHEET,
                                registered,
                                List.of(sheet("A", "R1", "80.01", "70", "60"), sheet("B", "R1", 50, 50, 50)))
                        .inputDigest())
                .isNotEqualTo(digest);
        assertThat(SelectionComputation.compute(
                                rules("required: 3", "required: 1", "trimmed_mean", "median"), registered, sheets)
                        .inputDigest())
                .isNotEqualTo(digest);
    }

    @Test
    void refusesInputsThatCannotOccur() {
        List<Registered> registered = List.of(registered("A", 0), registered("B", 1));
        assertThatThrownBy(() -> SelectionComputation.compute(
                        ONE_SHEET, List.of(registered("A", 0), registered("A", 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registered twice");
        assertThatThrownBy(() -> SelectionComputation.compute(
                        ONE_SHEET, registered, List.of(sheet("A", "R1", 80, 70, 60), sheet("A", "R1", 80, 70, 60))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one sheet");
        assertThatThrownBy(() ->
                        SelectionComputation.compute(ONE_SHEET, registered, List.of(sheet("A", "R1", 80, 101, 60))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the scale");
    }

    @Test
    void emptyRound() {
        SelectionResult result = SelectionComputation.compute(DEFAULT, List.of(), List.of());

        assertThat(result.n()).isZero();
        assertThat(result.ranking()).isEmpty();
        assertThat(result.pool()).isEmpty();
        assertThat(result.cutoffComposite()).isNull();
    }
}
