package io.techpool.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@link SelectionComputation#compute}. {@code capacity} is C (global) or the sum of
 * the C_s (industry_section), never more than floor(0.20 × N); {@code capacityBySection} and
 * {@code cutoffBySection} hold every section of R (in letter order) for industry_section and are
 * empty for global; a cut-off is the lowest selected composite of its scope, null when none entered.
 * {@code ranking} holds every achievement of R: the eligible in rank order, then the ineligible by
 * registration time, then id. {@code pool} holds the selected in SCORING.md step 8 order.
 * {@code inputDigest} is the SHA-256 (hex) of the canonical form of the inputs (see
 * docs/decisions/005-selection-computation.md).
 */
public record SelectionResult(
        String rulesId,
        int rulesVersion,
        int n,
        int capacity,
        Map<String, Integer> capacityBySection,
        BigDecimal cutoffComposite,
        Map<String, BigDecimal> cutoffBySection,
        List<RankedAchievement> ranking,
        List<RankedAchievement> pool,
        String inputDigest) {

    public SelectionResult {
        capacityBySection = Collections.unmodifiableMap(new LinkedHashMap<>(capacityBySection));
        cutoffBySection = Collections.unmodifiableMap(new LinkedHashMap<>(cutoffBySection));
        ranking = List.copyOf(ranking);
        pool = List.copyOf(pool);
    }
}
