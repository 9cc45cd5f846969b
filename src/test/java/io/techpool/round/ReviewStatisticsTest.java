package io.techpool.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewStatisticsTest {

    @Test
    void alpha_isOne_whenEveryUnitsValuesAgree() {
        assertThat(ReviewStatistics.krippendorffAlphaInterval(
                        Map.of("a", List.of(90.0, 90.0, 90.0), "b", List.of(60.0, 60.0))))
                .isEqualTo(1.0);
    }

    @Test
    void alpha_matchesAHandComputedCase() {
        // D_o = (2 + 2) / 4 = 1; D_e = 2 (4·30 − 10²) / (4·3) = 10/3; α = 1 − 3/10.
        assertThat(ReviewStatistics.krippendorffAlphaInterval(Map.of("a", List.of(1.0, 2.0), "b", List.of(3.0, 4.0))))
                .isCloseTo(0.7, within(1e-12));
    }

    @Test
    void alpha_leavesOutUnitsWithOneValue() {
        assertThat(ReviewStatistics.krippendorffAlphaInterval(
                        Map.of("a", List.of(1.0, 2.0), "b", List.of(3.0, 4.0), "c", List.of(100.0))))
                .isCloseTo(0.7, within(1e-12));
    }

    @Test
    void alpha_isNaN_withoutVariation() {
        assertThat(ReviewStatistics.krippendorffAlphaInterval(Map.of("a", List.of(5.0, 5.0), "b", List.of(5.0))))
                .isNaN();
        assertThat(ReviewStatistics.krippendorffAlphaInterval(Map.of("a", List.of(5.0))))
                .isNaN();
    }

    @Test
    void stdDev_isThePopulationOne() {
        assertThat(ReviewStatistics.stdDev(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0)))
                .isEqualTo(2.0);
    }

    @Test
    void histogram_putsTheMaximumIntoTheLastBin() {
        assertThat(ReviewStatistics.histogram(List.of(0.0, 9.99, 10.0, 55.0, 100.0), 0, 100, 10))
                .containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 0, 1);
    }
}
