package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md step 7. */
class PoolSelectionTest {

    @ParameterizedTest(name = "floor({0} × {1}) = {2}")
    @CsvSource({
        "0.20, 0, 0",
        "0.20, 1, 0",
        "0.20, 4, 0",
        "0.20, 5, 1",
        "0.20, 9, 1",
        "0.20, 10, 2",
        "0.2, 14, 2",
        "0.15, 10, 1",
        "0.15, 20, 3",
        "0.1, 99, 9",
        "0.05, 19, 0",
        "0.20, 100000, 20000",
        "0.199999, 100000, 19999"
    })
    void capacity_isTheFloor(String quota, int n, int expected) {
        assertThat(PoolSelection.capacity(new BigDecimal(quota), n)).isEqualTo(expected);
    }

    /** Eligible achievements in rank order with these composites, each in the section given. */
    private static List<Scored> ranked(String... sectionAndComposite) {
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < sectionAndComposite.length; i++) {
            String[] parts = sectionAndComposite[i].split(":");
            ranked.add(new Scored(
                    registered("A" + i, "00", parts[0], i),
                    3,
                    List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                    new BigDecimal(parts[1]),
                    false,
                    true));
        }
        return ranked;
    }

    /** R: the ranked ones plus {@code others} registered achievements per section letter (ineligible). */
    private static List<Registered> registeredSet(List<Scored> ranked, Map<String, Integer> others) {
        List<Registered> all = new ArrayList<>();
        ranked.forEach(s -> all.add(s.registered()));
        others.forEach((section, count) -> {
            for (int i = 0; i < count; i++) {
                all.add(registered(section + "-other-" + i, "00", section, 100 + i));
            }
        });
        return all;
    }

    private static RuleSet.Selection selection(String quota, String minComposite, RuleSet.Scope scope) {
        return new RuleSet.Selection(
                new BigDecimal(quota), new BigDecimal(minComposite), scope, RuleSet.DIMENSION_KEYS);
    }

    private static String selected(PoolSelection.Outcome outcome) {
        StringBuilder text = new StringBuilder();
        for (boolean in : outcome.selected()) {
            text.append(in ? 'x' : '.');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "global: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            N < 5: capacity 0                              | 0.20 | 60  | 4  | 90 80 70 60           | 0 | ....
            N = 10: the first 2                            | 0.20 | 60  | 10 | 90 80 70 60           | 2 | xx..
            minComposite cuts before the capacity          | 0.20 | 75  | 10 | 90 80 70 60           | 2 | xx..
            minComposite cuts inside the capacity          | 0.20 | 85  | 10 | 90 80 70 60           | 2 | x...
            minComposite above everyone                    | 0.20 | 95  | 10 | 90 80 70 60           | 2 | ....
            composite equal to minComposite enters         | 0.20 | 80  | 10 | 90 80 70 60           | 2 | xx..
            lower quota                                    | 0.10 | 0   | 20 | 90 80 70 60           | 2 | xx..
            ineligible count in N                          | 0.20 | 0   | 25 | 90 80 70 60 50 40 30  | 5 | xxxxx..
            fewer eligible than capacity                   | 0.20 | 0   | 50 | 90 80                 | 10 | xx
            """)
    void select_global(String name, String quota, String min, int n, String composites, int capacity, String expected) {
        String[] values = composites.split(" ");
        String[] entries = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            entries[i] = "C:" + values[i];
        }
        List<Scored> ranked = ranked(entries);
        List<Registered> r = registeredSet(ranked, Map.of("C", n - ranked.size()));

        PoolSelection.Outcome outcome = PoolSelection.select(selection(quota, min, RuleSet.Scope.GLOBAL), ranked, r);

        assertThat(outcome.capacity()).isEqualTo(capacity);
        assertThat(outcome.capacityBySection()).isEmpty();
        assertThat(selected(outcome)).isEqualTo(expected);
    }

    @Test
    void select_industrySection_appliesTheQuotaPerSection_tinySectionsGetNone() {
        // ranked: C 95, A 90, C 85, M 80, C 75, C 70, A 65; R: A 6 (C_A = 1), C 10 (C_C = 2), M 4 (C_M = 0), I 1 (C_I =
        // 0)
        List<Scored> ranked = ranked("C:95", "A:90", "C:85", "M:80", "C:75", "C:70", "A:65");
        List<Registered> r = registeredSet(ranked, Map.of("A", 4, "C", 6, "M", 3, "I", 1));

        PoolSelection.Outcome outcome =
                PoolSelection.select(selection("0.20", "60", RuleSet.Scope.INDUSTRY_SECTION), ranked, r);

        assertThat(outcome.capacityBySection())
                .containsExactly(Map.entry("A", 1), Map.entry("C", 2), Map.entry("I", 0), Map.entry("M", 0));
        assertThat(outcome.capacity()).isEqualTo(3);
        assertThat(selected(outcome)).isEqualTo("xxx....");
    }

    @Test
    void select_industrySection_minCompositeStillApplies() {
        List<Scored> ranked = ranked("C:95", "A:59.9999", "C:85");
        List<Registered> r = registeredSet(ranked, Map.of("A", 4, "C", 8));

        PoolSelection.Outcome outcome =
                PoolSelection.select(selection("0.20", "60", RuleSet.Scope.INDUSTRY_SECTION), ranked, r);

        assertThat(selected(outcome)).isEqualTo("x.x");
    }

    @Test
    void select_neverExceedsTwentyPercentOfN_evenForARuleSetBuiltPastTheLaw() {
        List<Scored> ranked = ranked("C:95", "A:90", "C:85", "A:80", "C:75");
        List<Registered> r = registeredSet(ranked, Map.of("A", 3, "C", 2)); // N = 10, 20 % = 2

        PoolSelection.Outcome global = PoolSelection.select(selection("0.5", "0", RuleSet.Scope.GLOBAL), ranked, r);
        PoolSelection.Outcome bySection =
                PoolSelection.select(selection("0.5", "0", RuleSet.Scope.INDUSTRY_SECTION), ranked, r);

        assertThat(global.capacity()).isEqualTo(2);
        assertThat(selected(global)).isEqualTo("xx...");
        assertThat(bySection.capacity()).isEqualTo(2);
        assertThat(selected(bySection)).isEqualTo("xx...");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            selected                              | true  | true  | 80    | SELECTED
            past the capacity                     | true  | false | 80    | BELOW_CUTOFF
            below minComposite                    | true  | false | 59.99 | BELOW_MIN_COMPOSITE
            ineligible                            | false | false | 90    | INSUFFICIENT_REVIEWS
            """)
    void reason(String name, boolean eligible, boolean selected, String composite, Reason expected) {
        Scored scored = new Scored(registered("A", 0), 3, null, new BigDecimal(composite), false, eligible);

        assertThat(PoolSelection.reason(scored, selected, new BigDecimal("60"))).isEqualTo(expected);
    }
}
