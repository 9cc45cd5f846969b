package io.techpool.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SCORING.md step 6: the eligible achievements by composite descending, then the tie-break
 * dimensions' aggregates (rounded half-up to 4 decimals) descending, then registration time
 * ascending, then id ascending (String order); rank 1 is the best; percentile = 100 × (E − rank + 1) / E
 * rounded half-up to 2 decimals. Ineligible achievements follow, by registration time, then id.
 */
final class Ranking {

    private Ranking() {}

    /** The order of step 6, for tie-break dimension keys {@code tieBreak}. */
    static Comparator<Scored> order(List<String> tieBreak) {
        Comparator<Scored> order = Comparator.comparing(Scored::composite, Comparator.reverseOrder());
        for (String key : tieBreak) {
            int d = RuleSet.DIMENSION_KEYS.indexOf(key);
            if (d < 0) {
                throw new IllegalArgumentException("unknown tie-break dimension: " + key);
            }
            order = order.thenComparing(s -> s.aggregates().get(d), Comparator.reverseOrder());
        }
        return order.thenComparing(INELIGIBLE_ORDER);
    }

    /** The order of the ineligible entries after the ranked ones (and the last keys of step 6). */
    static final Comparator<Scored> INELIGIBLE_ORDER =
            Comparator.comparing((Scored s) -> s.registered().registeredAt()).thenComparing(Scored::id);

    /** The eligible ones of {@code scored}, best first. */
    static List<Scored> rank(List<Scored> scored, List<String> tieBreak) {
        List<Scored> eligible = new ArrayList<>();
        for (Scored s : scored) {
            if (s.eligible()) {
                eligible.add(s);
            }
        }
        eligible.sort(order(tieBreak));
        return eligible;
    }

    /** The ineligible ones of {@code scored}, in {@link #INELIGIBLE_ORDER}. */
    static List<Scored> ineligible(List<Scored> scored) {
        List<Scored> ineligible = new ArrayList<>();
        for (Scored s : scored) {
            if (!s.eligible()) {
                ineligible.add(s);
            }
        }
        ineligible.sort(INELIGIBLE_ORDER);
        return ineligible;
    }

    /** 100 × (E − rank + 1) / E, rounded half-up to 2 decimals. */
    static BigDecimal percentile(int rank, int eligible) {
        if (rank < 1 || rank > eligible) {
            throw new IllegalArgumentException("rank " + rank + " of " + eligible);
        }
        return BigDecimal.valueOf(100L * (eligible - rank + 1))
                .divide(BigDecimal.valueOf(eligible), 2, RoundingMode.HALF_UP);
    }
}
