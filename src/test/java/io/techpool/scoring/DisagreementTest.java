package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md step 5: population std-dev of the scores used (before trimming) > maxStdDev, in any dimension. */
class DisagreementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            all equal                                  | 50 50 50        | 50 50 50 | 50 50 50 | 15 | false
            σ = √600 ≈ 24.5 in one dimension           | 20 50 80        | 50 50 50 | 50 50 50 | 15 | true
            σ exactly the limit (35, 65: σ = 15)       | 50 50           | 35 65    | 50 50    | 15 | false
            just over the limit                        | 50 50           | 50 50    | 35 65.0001 | 15 | true
            population, not sample, std-dev            | 40 60 40 60     | 50 50 50 50 | 50 50 50 50 | 10 | false
            one score                                  | 0               | 100      | 50       | 0  | false
            limit 0, any difference flags              | 50 50.0001      | 50 50    | 50 50    | 0  | true
            before trimming: the outlier counts (σ 32) | 0 80 80 80 80   | 80 80 80 80 80 | 80 80 80 80 80 | 15 | true
            """)
    void flags(String name, String mp, String ev, String tc, String maxStdDev, boolean expected) {
        BigDecimal[][] scores = {values(mp), values(ev), values(tc)};

        assertThat(Disagreement.flags(scores, new BigDecimal(maxStdDev))).isEqualTo(expected);
    }
}
