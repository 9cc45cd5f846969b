package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techpool.scoring.Aggregator.Aggregate;
import io.techpool.scoring.RuleSet.Aggregation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md step 3. */
class AggregatorTest {

    @ParameterizedTest(name = "{0} of [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MEAN         | 70 80 90           | 80.0000
            MEAN         | 70 70 71           | 70.3333
            MEAN         | 70 71 71           | 70.6667
            MEAN         | 55                 | 55.0000
            MEAN         | 1.0002 1.0003      | 1.0003
            MEAN         | 60 60 60 60 60     | 60.0000
            MEDIAN       | 90 70 80           | 80.0000
            MEDIAN       | 90 60 80 70        | 75.0000
            MEDIAN       | 90 60 71 70        | 70.5000
            MEDIAN       | 70.0001 70.0002    | 70.0002
            MEDIAN       | 100 0              | 50.0000
            MEDIAN       | 40 40 40 100       | 40.0000
            TRIMMED_MEAN | 10 70 80 90 100    | 80.0000
            TRIMMED_MEAN | 100 10 80 70 90    | 80.0000
            TRIMMED_MEAN | 100 100 100 50 50  | 83.3333
            TRIMMED_MEAN | 0 0 50 50 100 100  | 50.0000
            TRIMMED_MEAN | 10 70 80 100       | 65.0000
            TRIMMED_MEAN | 10 70 100          | 60.0000
            TRIMMED_MEAN | 77 77 77 77 77     | 77.0000
            TRIMMED_MEAN | 0 0 0 0 0 100 100  | 20.0000
            """)
    void of_roundsHalfUpToFourDecimals(Aggregation method, String scores, String expected) {
        Aggregate aggregate = Aggregator.of(method, values(scores));

        assertThat(aggregate.rounded()).isEqualTo(new BigDecimal(expected)); // scale 4 included
    }

    @ParameterizedTest(name = "{0} of [{1}] = {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MEAN         | 70 70 71         | 211 | 3
            MEDIAN       | 90 60 71 70      | 141 | 2
            MEDIAN       | 90 60 71         | 71  | 1
            TRIMMED_MEAN | 10 70 80 90 100  | 240 | 3
            TRIMMED_MEAN | 10 70 80 100     | 260 | 4
            """)
    void of_keepsTheExactValue_asASumOverACount(Aggregation method, String scores, String sum, int count) {
        Aggregate aggregate = Aggregator.of(method, values(scores));

        assertThat(aggregate.sum()).isEqualByComparingTo(sum);
        assertThat(aggregate.count()).isEqualTo(count);
    }

    @Test
    void of_trimsOnlyFromFiveScores() {
        // 4 scores: plain mean (with the outlier); 5 scores: one lowest and one highest dropped
        assertThat(Aggregator.of(Aggregation.TRIMMED_MEAN, values("0 80 80 80")).rounded())
                .isEqualTo(new BigDecimal("60.0000"));
        assertThat(Aggregator.of(Aggregation.TRIMMED_MEAN, values("0 80 80 80 80"))
                        .rounded())
                .isEqualTo(new BigDecimal("80.0000"));
    }

    @Test
    void of_refusesNoScores() {
        assertThatThrownBy(() -> Aggregator.of(Aggregation.MEAN)).isInstanceOf(IllegalArgumentException.class);
    }
}
