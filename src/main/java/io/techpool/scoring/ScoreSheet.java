package io.techpool.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** One submitted review of one achievement: the reviewer's three dimension scores (SCORING.md step 1). */
public record ScoreSheet(
        String achievementId,
        String reviewerId,
        BigDecimal marketPotential,
        BigDecimal economicValue,
        BigDecimal technicalContent) {

    public ScoreSheet {
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(marketPotential, "marketPotential");
        Objects.requireNonNull(economicValue, "economicValue");
        Objects.requireNonNull(technicalContent, "technicalContent");
    }

    /** The score of dimension {@code index} in the order of {@link RuleSet#DIMENSION_KEYS}. */
    BigDecimal score(int index) {
        return switch (index) {
            case 0 -> marketPotential;
            case 1 -> economicValue;
            case 2 -> technicalContent;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }
}
