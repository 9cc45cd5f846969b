package io.techpool.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Automatic reviewer assignment: a pure function of its inputs (no database, clock or randomness),
 * the same plan for the same inputs in any order.
 *
 * <p>The problem is a b-matching: target t needs {@code requested} reviewers, candidate c takes at most
 * {@code maxLoad - openLoad} more, and an edge joins them where {@link AssignmentPolicy} allows it.
 * Priorities, in order: the hard rules (never broken), coverage, expertise ({@link ExpertiseTier}), even
 * load. The method (docs/decisions/004-assignment-method.md), level by level k = 1 … max requested:
 *
 * <ol>
 *   <li>a greedy round: every target short of k reviewers takes its next one, most constrained
 *       targets first, by (match tier, load, reviewer id); a maximal b-matching, so at least half of
 *       the maximum;
 *   <li>augmenting paths in Dinic / Hopcroft–Karp phases until none is left: the level's coverage
 *       is maximum (max-flow min-cut). Paths never take a reviewer from a target, so for every k the
 *       plan gives as many reviewers as any plan can when each target's count is capped at k: every
 *       achievement gets its next reviewer before any gets another, as far as the rules allow;
 * </ol>
 *
 * then single moves to a better tier, or to a reviewer of the same tier with a load two or more
 * lower, until none helps: coverage is kept and no match gets worse; when every reviewer is equally
 * eligible for every target, loads end within one of each other. Tiers are preferred greedily and
 * locally, not as a min-cost optimum.
 */
public final class ReviewerAssignment {

    private ReviewerAssignment() {}

    /**
     * Assigns reviewers to the targets.
     *
     * @param maxLoad the most open assignments a reviewer may hold in the round, {@code openLoad} included
     * @param sectionOfDivision the GB/T 4754 section of each division, to match a reviewer's divisions
     *     to a target's section
     */
    public static Plan assign(
            List<Target> targets, List<Candidate> candidates, int maxLoad, Map<String, String> sectionOfDivision) {
        if (maxLoad < 0) {
            throw new IllegalArgumentException("maxLoad must be >= 0, was " + maxLoad);
        }
        List<Target> sortedTargets = sortedById(targets, Target::achievementId, "achievement");
        List<Candidate> sortedCandidates = sortedById(candidates, Candidate::reviewerId, "reviewer");
        AssignmentGraph graph = new AssignmentGraph(sortedTargets, sortedCandidates, maxLoad, sectionOfDivision);
        graph.cover();
        graph.rebalance();
        return plan(graph, sortedTargets, sortedCandidates, maxLoad);
    }

    private static <T> List<T> sortedById(List<T> items, Function<T, String> id, String kind) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id));
        for (int k = 1; k < sorted.size(); k++) {
            if (id.apply(sorted.get(k)).equals(id.apply(sorted.get(k - 1)))) {
                throw new IllegalArgumentException("duplicate " + kind + " id " + id.apply(sorted.get(k)));
            }
        }
        return sorted;
    }

    private static Plan plan(AssignmentGraph graph, List<Target> targets, List<Candidate> candidates, int maxLoad) {
        List<NewAssignment> assignments = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        int fullyCovered = 0;
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            int[][] chosen = graph.assignmentsOf(i);
            for (int[] choice : chosen) {
                assignments.add(new NewAssignment(
                        target.achievementId(),
                        candidates.get(choice[0]).reviewerId(),
                        ExpertiseTier.values()[choice[1]]));
            }
            if (graph.missing(i) == 0) {
                fullyCovered++;
            } else {
                shortfalls.add(new Shortfall(
                        target.achievementId(), graph.missing(i), reason(graph, i, target, candidates, maxLoad)));
            }
        }
        return new Plan(assignments, fullyCovered, shortfalls);
    }

    /**
     * Why a target stays short. Coverage is maximum, so every eligible reviewer it did not get is at
     * the cap (else a path of one step would remain): the reason is too few eligible reviewers, the
     * cap, or both.
     */
    private static Shortfall.Reason reason(
            AssignmentGraph graph, int i, Target target, List<Candidate> candidates, int maxLoad) {
        int eligible = 0;
        int atCap = 0;
        for (int j = 0; j < candidates.size(); j++) {
            if (AssignmentPolicy.conflict(target, candidates.get(j)).isEmpty()) {
                eligible++;
                if (graph.load(j) >= maxLoad && !graph.holds(i, j)) {
                    atCap++;
                }
            }
        }
        Shortfall.Code code = eligible < target.requested()
                ? Shortfall.Code.TOO_FEW_ELIGIBLE
                : atCap == eligible ? Shortfall.Code.ALL_AT_CAP : Shortfall.Code.SOME_AT_CAP;
        return new Shortfall.Reason(code, eligible, atCap, maxLoad, target.division());
    }
}
