package io.techpool.assignment;

/**
 * An achievement that could not get all the reviewers it needs.
 *
 * @param missing how many reviewers it still lacks
 * @param reason why, in English, e.g. "only 2 eligible reviewers for division 38"
 */
public record Shortfall(String achievementId, int missing, String reason) {}
