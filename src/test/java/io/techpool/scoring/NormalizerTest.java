package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md step 2. */
class NormalizerTest {

    private static final RuleSet.Scale SCALE = new RuleSet.Scale(BigDecimal.ZERO, new BigDecimal("100"));
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-28");
    private static final int MP = 0;
    private static final int EV = 1;
    private static final int TC = 2;

    /**
     * Three reviewers. Market potential: A 36 36 48 48 (μ_A 42, σ_A 6), B 52 52 64 64 (μ_B 58, σ_B 6),
     * C 40 60 (two sheets): the round's μ is 50 and σ is 10, so A's and B's scores become 40 40 60 60
     * and C keeps raw. Economic value: A 70 70 70 70 (σ_A = 0, raw). Technical content: A 0 0 0 100,
     * B 100 ×4 (σ_B = 0), C 100 100: μ 70, σ √2100; A's 100 becomes 70 + √3·√2100 ≈ 149, clamped to 100,
     * A's 0 becomes 70 − √700.
     */
    private static final List<ScoreSheet> ROUND = List.of(
            sheet("a1", "A", 36, 70, 0),
            sheet("a2", "A", 36, 70, 0),
            sheet("a3", "A", 48, 70, 0),
            sheet("a4", "A", 48, 70, 100),
            sheet("b1", "B", 52, 10, 100),
            sheet("b2", "B", 52, 20, 100),
            sheet("b3", "B", 64, 30, 100),
            sheet("b4", "B", 64, 40, 100),
            sheet("c1", "C", 40, 90, 100),
            sheet("c2", "C", 60, 90, 100));

    private static final BigDecimal[][] ZSCORE = Normalizer.apply(RuleSet.Normalization.ZSCORE, SCALE, ROUND);

    @ParameterizedTest(name = "{0} of sheet {1} → {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            MP | 0 | 40                                    | rescaled: z = −1
            MP | 2 | 60                                    | rescaled: z = +1
            MP | 4 | 40                                    | another reviewer, same z, same s'
            MP | 7 | 60                                    | rescaled
            MP | 8 | 40                                    | reviewer with 2 sheets keeps raw
            MP | 9 | 60                                    | reviewer with 2 sheets keeps raw
            EV | 0 | 70                                    | σ_r = 0 keeps raw
            TC | 0 | 43.54248688935409409498384246360728    | 70 − √700
            TC | 3 | 100                                   | clamped to the scale's max
            TC | 4 | 100                                   | σ_r = 0 keeps raw
            TC | 8 | 100                                   | reviewer with 2 sheets keeps raw
            """)
    void apply_zscore(String dimension, int sheet, String expected, String why) {
        int d = switch (dimension) {
            case "MP" -> MP;
            case "EV" -> EV;
            default -> TC;
        };
        assertThat(ZSCORE[sheet][d]).isCloseTo(new BigDecimal(expected), within(TOLERANCE));
    }

    @Test
    void apply_none_keepsRawScores() {
        BigDecimal[][] used = Normalizer.apply(RuleSet.Normalization.NONE, SCALE, ROUND);

        for (int i = 0; i < ROUND.size(); i++) {
            for (int d = 0; d < 3; d++) {
                assertThat(used[i][d]).isSameAs(ROUND.get(i).score(d));
            }
        }
    }

    @Test
    void apply_zscore_allEqualScores_keepsRawScores() {
        List<ScoreSheet> sheets = IntStream.range(0, 12)
                .mapToObj(i -> sheet("a" + i, "R" + (i % 3), 70, 70, 70))
                .toList();

        BigDecimal[][] used = Normalizer.apply(RuleSet.Normalization.ZSCORE, SCALE, sheets);

        for (BigDecimal[] scores : used) {
            assertThat(scores).containsExactly(BigDecimal.valueOf(70), BigDecimal.valueOf(70), BigDecimal.valueOf(70));
        }
    }

    /** X scores 40 50 60, Y 0 50 100 in every dimension: with 3 sheets X is rescaled to 50 ± √1300; with 2 raw. */
    @ParameterizedTest(name = "X with {0} sheets: its 60 becomes {1}")
    @CsvSource({"2, 60", "3, 86.05551275463989293119221267470496"})
    void apply_zscore_needsThreeSheetsOfTheReviewer(int sheetsOfX, String expected) {
        List<ScoreSheet> sheets = new ArrayList<>();
        sheets.add(sheet("x60", "X", 60, 60, 60));
        sheets.add(sheet("x40", "X", 40, 40, 40));
        if (sheetsOfX == 3) {
            sheets.add(sheet("x50", "X", 50, 50, 50));
        }
        sheets.add(sheet("y0", "Y", 0, 0, 0));
        sheets.add(sheet("y50", "Y", 50, 50, 50));
        sheets.add(sheet("y100", "Y", 100, 100, 100));

        BigDecimal[][] used = Normalizer.apply(RuleSet.Normalization.ZSCORE, SCALE, sheets);

        for (int d = 0; d < 3; d++) {
            assertThat(used[0][d]).isCloseTo(new BigDecimal(expected), within(TOLERANCE));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"-0.5, 0", "0, 0", "55.5, 55.5", "100, 100", "100.0001, 100"})
    void clamp_keepsScoresOnTheScale(String value, String expected) {
        assertThat(Normalizer.clamp(new BigDecimal(value), SCALE)).isEqualByComparingTo(expected);
    }
}
