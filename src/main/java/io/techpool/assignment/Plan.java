package io.techpool.assignment;

import java.util.List;

/**
 * The outcome of an automatic assignment.
 *
 * @param assignments ordered by achievement id, then reviewer id
 * @param fullyCovered how many targets got every reviewer they requested
 * @param shortfalls one per target that did not, ordered by achievement id
 */
public record Plan(List<NewAssignment> assignments, int fullyCovered, List<Shortfall> shortfalls) {

    public Plan {
        assignments = List.copyOf(assignments);
        shortfalls = List.copyOf(shortfalls);
    }
}
