package io.techpool.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SCORING.md step 7. {@code global}: capacity C = floor(quota × N); the first C ranked achievements
 * whose composite ≥ minComposite enter. {@code industry_section}: the same within each section s
 * with C_s = floor(quota × N_s), N_s counting every registered achievement of s. In both scopes the
 * pool never exceeds floor(0.20 × N) (with a valid rule set, quota ≤ 0.20 already ensures it).
 */
final class PoolSelection {

    /** The product's law: at most 20 % of the registered achievements. */
    static final BigDecimal CAP = new BigDecimal("0.20");

    private PoolSelection() {}

    /**
     * @param capacity C, or the sum of the C_s, limited to floor(0.20 × N)
     * @param capacityBySection C_s for every section of R in letter order; empty for global
     * @param selected {@code selected[i]} for the i-th ranked achievement
     */
    record Outcome(int capacity, Map<String, Integer> capacityBySection, boolean[] selected) {}

    /** floor(quota × n). */
    static int capacity(BigDecimal quota, int n) {
        return quota.multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.FLOOR)
                .intValueExact();
    }

    /** Selects among {@code ranked} (the eligible, in step 6 order) of a round whose R is {@code registered}. */
    static Outcome select(RuleSet.Selection rules, List<Scored> ranked, List<Registered> registered) {
        int n = registered.size();
        int cap = capacity(CAP, n);
        boolean[] selected = new boolean[ranked.size()];
        if (rules.scope() == RuleSet.Scope.GLOBAL) {
            int capacity = Math.min(capacity(rules.quota(), n), cap);
            int taken = 0;
            for (int i = 0; i < ranked.size() && taken < capacity; i++) {
                if (ranked.get(i).composite().compareTo(rules.minComposite()) >= 0) {
                    selected[i] = true;
                    taken++;
                }
            }
            return new Outcome(capacity, Map.of(), selected);
        }
        Map<String, Integer> sizes = new TreeMap<>();
        for (Registered r : registered) {
            sizes.merge(r.section(), 1, Integer::sum);
        }
        Map<String, Integer> capacityBySection = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, Integer> section : sizes.entrySet()) {
            int c = capacity(rules.quota(), section.getValue());
            capacityBySection.put(section.getKey(), c);
            total += c;
        }
        Map<String, Integer> taken = new HashMap<>();
        int takenInAll = 0;
        for (int i = 0; i < ranked.size() && takenInAll < cap; i++) {
            Scored s = ranked.get(i);
            int inSection = taken.getOrDefault(s.section(), 0);
            if (inSection < capacityBySection.get(s.section()) && s.composite().compareTo(rules.minComposite()) >= 0) {
                selected[i] = true;
                taken.put(s.section(), inSection + 1);
                takenInAll++;
            }
        }
        return new Outcome(Math.min(total, cap), Collections.unmodifiableMap(capacityBySection), selected);
    }

    /** The reason of an eligible achievement: below minComposite wins over ranked past the capacity. */
    static Reason reason(Scored scored, boolean selected, BigDecimal minComposite) {
        if (!scored.eligible()) {
            return Reason.INSUFFICIENT_REVIEWS;
        }
        if (selected) {
            return Reason.SELECTED;
        }
        return scored.composite().compareTo(minComposite) < 0 ? Reason.BELOW_MIN_COMPOSITE : Reason.BELOW_CUTOFF;
    }
}
