package io.techpool.round;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.SelectionResult;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A {@link SelectionResult} as the API answers compute, simulate and result, in SCORING.md's words:
 * {@code cutoffComposite} is a number (or null) for scope global and an object keyed by section
 * letter for industry_section; {@code pool} lists the selected entries in industry order with their
 * {@code industryRank}.
 */
record SelectionResultView(
        String roundId,
        String rulesId,
        int rulesVersion,
        boolean simulation,
        @JsonProperty("N") int n,
        int capacity,
        @JsonIgnore SelectionResult result,
        String inputDigest,
        OffsetDateTime computedAt,
        List<RankedAchievement> ranking,
        List<RankedAchievement> pool) {

    static SelectionResultView of(String roundId, SelectionResult result, boolean simulation, OffsetDateTime at) {
        return new SelectionResultView(
                roundId,
                result.rulesId(),
                result.rulesVersion(),
                simulation,
                result.n(),
                result.capacity(),
                result,
                result.inputDigest(),
                at,
                result.ranking(),
                result.pool());
    }

    /** The wire shape SCORING.md gives the cut-off: one number, or one per section. */
    @JsonProperty("cutoffComposite")
    Object cutoffCompositeAnswer() {
        return result.cutoffBySection().isEmpty() ? result.cutoffComposite() : result.cutoffBySection();
    }

    /** The cut-off an entry of {@code section} had to reach. */
    static BigDecimal cutoffFor(SelectionResult result, String section) {
        return result.cutoffBySection().isEmpty()
                ? result.cutoffComposite()
                : result.cutoffBySection().get(section);
    }
}
