package io.techpool.review;

import java.util.UUID;

/**
 * Fired inside the transaction of a decline: whoever assigns reviewers (the round) observes it and
 * finds a replacement in the same transaction, so review never calls the round.
 */
public record ReviewDeclined(UUID roundId, UUID achievementId) {}
