package io.techpool.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.SelectionResult;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer of compute and simulate, as SCORING.md words it. {@code cutoffComposite} is a number
 * (or null) for scope global and an object keyed by section letter for industry_section;
 * {@code pool} lists the selected entries in industry order with their {@code industryRank}.
 */
public record SelectionAnswer(
        String roundId,
        String rulesId,
        int rulesVersion,
        boolean simulation,
        @JsonProperty("N") int n,
        int capacity,
        Object cutoffComposite,
        String inputDigest,
        OffsetDateTime computedAt,
        List<RankedAchievement> ranking,
        List<RankedAchievement> pool) {

    static SelectionAnswer of(String roundId, SelectionResult result, boolean simulation, OffsetDateTime at) {
        Object cutoff = result.cutoffBySection().isEmpty() ? result.cutoffComposite() : result.cutoffBySection();
        return new SelectionAnswer(
                roundId,
                result.rulesId(),
                result.rulesVersion(),
                simulation,
                result.n(),
                result.capacity(),
                cutoff,
                result.inputDigest(),
                at,
                result.ranking(),
                result.pool());
    }
}
