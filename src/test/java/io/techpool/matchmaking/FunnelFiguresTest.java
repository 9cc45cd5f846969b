package io.techpool.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelFiguresTest {

    @Test
    void median_ofAnOddCount_isTheMiddleOne() {
        assertThat(FunnelFigures.median(List.of(Duration.ofHours(30), Duration.ofHours(2), Duration.ofHours(5))))
                .isEqualTo(Duration.ofHours(5));
    }

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
        assertThat(FunnelFigures.median(
                        List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(100))))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void median_ofNothing_isNull() {
        assertThat(FunnelFigures.median(List.of())).isNull();
    }

    @Test
    void conversion_isTheSignedShareOfAllRequests() {
        assertThat(FunnelFigures.conversion(1, 4)).isEqualTo(0.25);
        assertThat(FunnelFigures.conversion(0, 0)).isZero();
    }
}
