package io.techpool.scoring;

/** Why an achievement is, or is not, in the pool (SCORING.md, "The answer of compute"). */
public enum Reason {
    /** In the pool. */
    SELECTED,
    /** Eligible with composite >= minComposite, but ranked past the capacity of its scope. */
    BELOW_CUTOFF,
    /** Eligible, but its composite is below minComposite (whatever its rank). */
    BELOW_MIN_COMPOSITE,
    /** Fewer than reviews.required submitted reviews. */
    INSUFFICIENT_REVIEWS
}
