package io.techpool.assignment;

/**
 * An achievement that could not get all the reviewers it needs.
 *
 * @param missing how many reviewers it still lacks
 * @param reason why, as a code and the figures its words need (the caller says it in a language)
 */
public record Shortfall(String achievementId, int missing, Reason reason) {

    /**
     * Why a target stays short: among {@code eligible} reviewers (none in conflict), {@code atCap} are at the
     * load cap {@code maxLoad} without it; {@code division} is the target's, null when it has none.
     */
    public record Reason(Code code, int eligible, int atCap, int maxLoad, String division) {}

    public enum Code {
        /** Fewer eligible reviewers than requested (some of them may be at the cap too). */
        TOO_FEW_ELIGIBLE,
        /** Enough eligible reviewers, but all of them are at the cap. */
        ALL_AT_CAP,
        /** Enough eligible reviewers: some are at the cap, the others already assigned to it. */
        SOME_AT_CAP
    }
}
