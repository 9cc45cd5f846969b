package io.techpool.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SCORING.md step 8: the pool by section letter, then division code (both in String order), and
 * inside a division by the ranking of step 6; industryRank is the 1-based position in the division.
 */
final class IndustryOrder {

    private IndustryOrder() {}

    /** {@code selected} in step 6 order, reordered for step 8 (a stable sort keeps the ranking inside a division). */
    static List<Scored> order(List<Scored> selected) {
        List<Scored> ordered = new ArrayList<>(selected);
        ordered.sort(Comparator.comparing(Scored::section).thenComparing(Scored::industryCode));
        return ordered;
    }

    /** The industryRank of each entry of an {@link #order}ed pool. */
    static int[] industryRanks(List<Scored> ordered) {
        int[] ranks = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            boolean sameDivision = i > 0
                    && ordered.get(i - 1).section().equals(ordered.get(i).section())
                    && ordered.get(i - 1).industryCode().equals(ordered.get(i).industryCode());
            ranks[i] = sameDivision ? ranks[i - 1] + 1 : 1;
        }
        return ranks;
    }
}
