package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.techpool.scoring.Aggregator.Aggregate;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md step 4: Σ weight × aggregate over the exact aggregates, rounded half-up to 4 decimals once. */
class CompositeTest {

    @ParameterizedTest(name = "{0}: {1} · {2}/{3}, {4}/{5}, {6}/{7} = {8}")
    @CsvSource(delimiter = '|', textBlock = """
            whole numbers                        | 0.4 0.3 0.3          | 80 | 1 | 70 | 1 | 60 | 1 | 71.0000
            all equal                            | 0.4 0.3 0.3          | 70 | 1 | 70 | 1 | 70 | 1 | 70.0000
            zero                                 | 0.4 0.3 0.3          | 0  | 1 | 0  | 1 | 0  | 1 | 0.0000
            top of the scale                     | 0.4 0.3 0.3          | 300| 3 | 300| 3 | 300| 3 | 100.0000
            half-up: 70.16665 → 70.1667          | 0.3333 0.3333 0.3334 | 141| 2 | 70 | 1 | 70 | 1 | 70.1667
            exactly …x5 at the 5th decimal      | 0.4 0.3 0.3          | 75.000125 | 1 | 75 | 1 | 75 | 1 | 75.0001
            just below half (…4999)              | 0.4 0.3 0.3          | 75.000124975 | 1 | 75 | 1 | 75 | 1 | 75.0000
            thirds                               | 0.4 0.3 0.3          | 211| 3 | 211| 3 | 211| 3 | 70.3333
            sevenths: exact, not from 4-decimal aggregates (57.2715) | 0.4 0.3 0.3 | 400 | 7 | 400 | 7 | 403 | 7 | 57.2714
            mixed counts (median + trimmed)      | 0.4 0.3 0.3          | 141| 2 | 240| 3 | 60 | 1 | 70.2000
            """)
    void of_roundsTheExactSumOnce(
            String name, String weights, String s1, int n1, String s2, int n2, String s3, int n3, String expected) {
        Aggregate[] aggregates = {
            new Aggregate(new BigDecimal(s1), n1),
            new Aggregate(new BigDecimal(s2), n2),
            new Aggregate(new BigDecimal(s3), n3)
        };

        BigDecimal composite = Composite.of(values(weights), aggregates);

        assertThat(composite).isEqualTo(new BigDecimal(expected)); // scale 4 included
    }
}
