package io.techpool.review;

import java.util.UUID;

/**
 * Fired inside a submission's or a decline's transaction before the assignment row is locked: the round
 * observes it and takes its own row lock first, the order every change to a round's assignments keeps
 * (round, then assignment), so a decline and an operator's replacement of the same assignment queue instead
 * of deadlocking. {@code exclusive}: a decline changes the round's assignments (its replacement) and takes
 * the lock alone; submissions share it with each other, while a computation of the round, which takes it
 * alone, waits for them (or they for it, and then find the deadline passed): no submission is accepted and
 * missing from the result.
 */
public record ReviewChanging(UUID roundId, boolean exclusive) {}
