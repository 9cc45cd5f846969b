package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** SCORING.md step 6. */
class RankingTest {

    private static final List<String> TIE_BREAK = List.of("technical_content", "market_potential", "economic_value");

    /** An eligible achievement registered {@code minute} minutes after T0 with composite and aggregates mp, ev, tc. */
    static Scored scored(String id, int minute, String composite, String mp, String ev, String tc) {
        return new Scored(
                registered(id, minute),
                3,
                List.of(new BigDecimal(mp), new BigDecimal(ev), new BigDecimal(tc)),
                new BigDecimal(composite),
                false,
                true);
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                order(
                        "composite descending",
                        List.of("B", "A", "C"),
                        scored("A", 0, "70.0000", "70", "70", "70"),
                        scored("B", 1, "70.0001", "0", "0", "0"),
                        scored("C", 2, "69.9999", "100", "100", "100")),
                order(
                        "equal composite: technical_content first",
                        List.of("B", "A"),
                        scored("A", 0, "75.0000", "75.0000", "75.0000", "75.0000"),
                        scored("B", 1, "75.0000", "75.0000", "70.0000", "80.0000")),
                order(
                        "equal composite and tc: then market_potential",
                        List.of("B", "A"),
                        scored("A", 0, "75.0000", "75.0000", "75.0000", "75.0000"),
                        scored("B", 1, "75.0000", "78.0000", "71.0000", "75.0000")),
                order(
                        "equal composite, tc, mp: then economic_value",
                        List.of("B", "A"),
                        scored("A", 0, "75.0000", "75.0000", "75.0000", "75.0000"),
                        scored("B", 1, "75.0000", "75.0000", "75.0001", "75.0000")),
                order(
                        "equal everything: earlier registration first",
                        List.of("B", "A"),
                        scored("A", 5, "75.0000", "75", "75", "75"),
                        scored("B", 3, "75.0000", "75", "75", "75")),
                order(
                        "equal everything and registered together: id ascending",
                        List.of("A", "B", "a"),
                        scored("a", 3, "75.0000", "75", "75", "75"),
                        scored("B", 3, "75.0000", "75", "75", "75"),
                        scored("A", 3, "75.0000", "75", "75", "75")),
                order(
                        "values compared by number, not scale",
                        List.of("B", "A"),
                        scored("A", 0, "75.0000", "75", "75", "75.0000"),
                        scored("B", 1, "75.0", "75", "75", "75.0001")));
    }

    private static Arguments order(String name, List<String> expected, Scored... scored) {
        return Arguments.of(name, Arrays.asList(scored), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void rank_ordersByCompositeThenTieBreakThenTimeThenId(String name, List<Scored> scored, List<String> expected) {
        List<Scored> reversed = new ArrayList<>(scored);
        Collections.reverse(reversed);

        assertThat(Ranking.rank(scored, TIE_BREAK)).extracting(Scored::id).containsExactlyElementsOf(expected);
        assertThat(Ranking.rank(reversed, TIE_BREAK)).extracting(Scored::id).containsExactlyElementsOf(expected);
    }

    @Test
    void rank_followsTheRuleSetsTieBreakOrder() {
        // with tie-break economic_value first, B (ev 80) beats A (ev 75) although A's tc is higher
        List<Scored> two =
                List.of(scored("A", 0, "75.0000", "75", "75", "80"), scored("B", 1, "75.0000", "75", "80", "70"));

        assertThat(Ranking.rank(two, List.of("economic_value", "technical_content", "market_potential")))
                .extracting(Scored::id)
                .containsExactly("B", "A");
    }

    @Test
    void ineligible_byRegistrationTimeThenId() {
        List<Scored> scored = List.of(
                new Scored(registered("C", 1), 2, null, null, false, false),
                new Scored(registered("B", 2), 0, null, null, false, false),
                new Scored(registered("A", 2), 1, null, null, false, false),
                scored("D", 0, "90.0000", "90", "90", "90"));

        assertThat(Ranking.ineligible(scored)).extracting(Scored::id).containsExactly("C", "A", "B");
        assertThat(Ranking.rank(scored, TIE_BREAK)).extracting(Scored::id).containsExactly("D");
    }

    @ParameterizedTest(name = "rank {0} of {1} → {2}")
    @CsvSource({
        "1, 1, 100.00",
        "1, 3, 100.00",
        "2, 3, 66.67",
        "3, 3, 33.33",
        "2, 6, 83.33",
        "5, 8, 50.00",
        "8, 8, 12.50",
        "800, 800, 0.13",
        "799, 800, 0.25",
        "3, 7, 71.43",
        "100000, 100000, 0.00"
    })
    void percentile_roundsHalfUpToTwoDecimals(int rank, int eligible, String expected) {
        assertThat(Ranking.percentile(rank, eligible)).isEqualTo(new BigDecimal(expected));
    }
}
