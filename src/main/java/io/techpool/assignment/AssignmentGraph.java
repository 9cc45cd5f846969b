package io.techpool.assignment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The bipartite graph of one assignment: targets on one side, candidates on the other, an edge
 * wherever the hard rules allow the pair, weighted by its {@link ExpertiseTier} tier. Targets and candidates
 * are indexed in id order and every choice breaks ties by index, so the result depends only on the
 * contents of the input, never on its order. The three stages are described in {@link
 * ReviewerAssignment}.
 */
final class AssignmentGraph {

    private static final ExpertiseTier[] TIERS = ExpertiseTier.values();

    private final int maxLoad;
    private final int targetCount;
    private final int candidateCount;

    /** Edges of target i are {@code start[i]} (inclusive) to {@code start[i + 1]}, by (tier, candidate). */
    private final int[] start;

    private final int[] edgeCandidate;
    private final int[] edgeTarget;
    private final byte[] edgeTier;
    private final boolean[] used;

    /** Reviewers target i needs, and still lacks. */
    private final int[] requested;

    private final int[] missing;

    /** Targets by slack (eligible candidates minus reviewers requested), then id: the order of every pass. */
    private final int[] order;

    /** Open assignments of candidate j: those it held before plus those of this plan. */
    private final int[] load;

    /** The edges in use at candidate j: {@code usedAt[j][0 .. usedCount[j])}. */
    private final int[][] usedAt;

    private final int[] usedCount;

    AssignmentGraph(
            List<Target> targets, List<Candidate> candidates, int maxLoad, Map<String, String> sectionOfDivision) {
        this.maxLoad = maxLoad;
        this.targetCount = targets.size();
        this.candidateCount = candidates.size();

        List<Set<String>> sections = candidates.stream()
                .map(c -> ExpertiseTier.sections(c, sectionOfDivision))
                .toList();
        requested = new int[targetCount];
        missing = new int[targetCount];
        load = new int[candidateCount];
        for (int j = 0; j < candidateCount; j++) {
            load[j] = candidates.get(j).openLoad();
        }
        start = new int[targetCount + 1];
        int[][] byTier = new int[TIERS.length][candidateCount];
        int[] tierSize = new int[TIERS.length];
        int[] candidateBuffer = new int[16];
        byte[] tierBuffer = new byte[16];
        int edges = 0;
        for (int i = 0; i < targetCount; i++) {
            Target target = targets.get(i);
            requested[i] = target.requested();
            missing[i] = target.requested();
            start[i] = edges;
            if (missing[i] == 0) {
                continue;
            }
            Arrays.fill(tierSize, 0);
            for (int j = 0; j < candidateCount; j++) {
                Candidate candidate = candidates.get(j);
                if (load[j] < maxLoad
                        && AssignmentPolicy.conflict(target, candidate).isEmpty()) {
                    int tier = ExpertiseTier.of(target, candidate.expertiseDivisions(), sections.get(j))
                            .ordinal();
                    byTier[tier][tierSize[tier]++] = j;
                }
            }
            int degree = tierSize[0] + tierSize[1] + tierSize[2];
            if (edges + degree > candidateBuffer.length) {
                int size = Math.max(edges + degree, candidateBuffer.length * 2);
                candidateBuffer = Arrays.copyOf(candidateBuffer, size);
                tierBuffer = Arrays.copyOf(tierBuffer, size);
            }
            for (int tier = 0; tier < TIERS.length; tier++) {
                System.arraycopy(byTier[tier], 0, candidateBuffer, edges, tierSize[tier]);
                Arrays.fill(tierBuffer, edges, edges + tierSize[tier], (byte) tier);
                edges += tierSize[tier];
            }
        }
        start[targetCount] = edges;
        edgeCandidate = Arrays.copyOf(candidateBuffer, edges);
        edgeTier = Arrays.copyOf(tierBuffer, edges);
        edgeTarget = new int[edges];
        for (int i = 0; i < targetCount; i++) {
            Arrays.fill(edgeTarget, start[i], start[i + 1], i);
        }
        used = new boolean[edges];
        usedAt = new int[candidateCount][4];
        usedCount = new int[candidateCount];
        order = mostConstrainedFirst();
    }

    /**
     * Stages 1 and 2, level by level: for k = 1, 2, … every target is first brought to k reviewers
     * (or its missing) as far as possible, then the next level starts. Augmenting never takes a
     * reviewer from a target, so when level k ends, the number of targets' reviewers counted up to
     * k each is the maximum any plan can reach, for every k at once: as many achievements as
     * possible get a first reviewer, then a second, and so on. The last level leaves coverage
     * maximum.
     */
    void cover() {
        int top = Arrays.stream(requested).max().orElse(0);
        for (int level = 1; level <= top; level++) {
            greedyRound(level);
            augment(level);
        }
    }

    /**
     * Stage 1 at one level: every target short of it takes, most constrained targets first, the
     * eligible candidate under the cap with the best (tier, load, id). After the round no short
     * target has an eligible candidate left under the cap: the plan is a maximal b-matching, which
     * covers at least half of the maximum.
     */
    void greedyRound(int level) {
        for (int i : order) {
            if (isShort(i, level)) {
                int e = bestFreeEdge(i);
                if (e >= 0) {
                    take(e);
                    missing[i]--;
                }
            }
        }
    }

    /** Whether target i still lacks reviewers and holds fewer than {@code level} from this plan. */
    private boolean isShort(int i, int level) {
        return missing[i] > 0 && requested[i] - missing[i] < level;
    }

    /** Targets by slack (eligible candidates minus reviewers requested), then id. */
    private int[] mostConstrainedFirst() {
        Integer[] order = new Integer[targetCount];
        for (int i = 0; i < targetCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int bySlack = Integer.compare(degree(a) - requested[a], degree(b) - requested[b]);
            return bySlack != 0 ? bySlack : Integer.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private int degree(int i) {
        return start[i + 1] - start[i];
    }

    /** The unused edge of target i to a candidate under the cap with the best (tier, load, id); -1 when none. */
    private int bestFreeEdge(int i) {
        int best = -1;
        for (int e = start[i]; e < start[i + 1]; e++) {
            if (best >= 0 && edgeTier[e] > edgeTier[best]) {
                break; // edges are sorted by tier: a worse tier cannot win
            }
            int j = edgeCandidate[e];
            if (!used[e] && load[j] < maxLoad && (best < 0 || load[j] < load[edgeCandidate[best]])) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Stage 2 at one level: augmenting paths until there is none, so the level's coverage becomes
     * maximum (Berge; max-flow min-cut). A path starts at a short target, takes a candidate, lets
     * that candidate drop a target it holds, which takes another candidate, and so on until a
     * candidate under the cap. Phases as in Dinic / Hopcroft–Karp: one breadth-first search layers
     * the graph from all short targets at once, then depth-first searches take shortest paths until
     * the layers are used up. Candidates are tried in (tier, id) order, so paths prefer good matches.
     */
    void augment(int level) {
        int nodes = targetCount + candidateCount;
        int[] depth = new int[nodes];
        boolean[] dead = new boolean[nodes];
        int[] next = new int[targetCount];
        int[] queue = new int[nodes];
        Path path = new Path(targetCount);
        while (layer(level, depth, queue)) {
            Arrays.fill(dead, false);
            System.arraycopy(start, 0, next, 0, targetCount);
            for (int i : order) {
                while (depth[i] == 0 && isShort(i, level) && augmentFrom(i, depth, dead, next, path)) {
                    // each success gives target i one more reviewer
                }
            }
        }
    }

    /**
     * Depths from the targets short of the level (0) in the residual graph: target to candidate
     * over an unused edge, candidate to target over a used one. Stops at the first depth holding a
     * candidate under the cap. Candidates are nodes {@code targetCount + j}. False when no path exists.
     */
    private boolean layer(int level, int[] depth, int[] queue) {
        Arrays.fill(depth, -1);
        int head = 0;
        int tail = 0;
        for (int i = 0; i < targetCount; i++) {
            if (isShort(i, level) && degree(i) > 0) {
                depth[i] = 0;
                queue[tail++] = i;
            }
        }
        int limit = Integer.MAX_VALUE;
        while (head < tail) {
            int v = queue[head++];
            if (depth[v] + 1 > limit) {
                break;
            }
            if (v < targetCount) {
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int j = edgeCandidate[e];
                    int node = targetCount + j;
                    if (used[e] || depth[node] >= 0) {
                        continue;
                    }
                    depth[node] = depth[v] + 1;
                    if (load[j] < maxLoad) {
                        limit = depth[node];
                    } else {
                        queue[tail++] = node;
                    }
                }
            } else {
                int j = v - targetCount;
                for (int k = 0; k < usedCount[j]; k++) {
                    int i = edgeTarget[usedAt[j][k]];
                    if (depth[i] < 0) {
                        depth[i] = depth[v] + 1;
                        queue[tail++] = i;
                    }
                }
            }
        }
        return limit != Integer.MAX_VALUE;
    }

    /** One augmenting path from short target s within the layers, applied; false when none is left. */
    private boolean augmentFrom(int s, int[] depth, boolean[] dead, int[] next, Path path) {
        int k = 0;
        path.target[0] = s;
        while (true) {
            int i = path.target[k];
            boolean descended = false;
            for (; next[i] < start[i + 1]; next[i]++) {
                int e = next[i];
                int j = edgeCandidate[e];
                int node = targetCount + j;
                if (used[e] || dead[node] || depth[node] != depth[i] + 1) {
                    continue;
                }
                if (load[j] < maxLoad) {
                    path.take[k] = e;
                    apply(path, k);
                    return true;
                }
                int drop = droppable(j, depth[node] + 1, depth, dead);
                if (drop < 0) {
                    dead[node] = true;
                    continue;
                }
                path.take[k] = e;
                k++;
                path.target[k] = edgeTarget[drop];
                path.drop[k] = drop;
                descended = true;
                break;
            }
            if (!descended) {
                dead[i] = true;
                if (k == 0) {
                    return false;
                }
                k--;
            }
        }
    }

    /** A used edge at candidate j whose target is alive at the given depth; -1 when none. */
    private int droppable(int j, int targetDepth, int[] depth, boolean[] dead) {
        for (int k = 0; k < usedCount[j]; k++) {
            int e = usedAt[j][k];
            int i = edgeTarget[e];
            if (depth[i] == targetDepth && !dead[i]) {
                return e;
            }
        }
        return -1;
    }

    /** Flips the path: each target on it takes its new candidate, each but the first drops its old one. */
    private void apply(Path path, int last) {
        for (int k = 1; k <= last; k++) {
            release(path.drop[k]);
        }
        for (int k = 0; k <= last; k++) {
            take(path.take[k]);
        }
        missing[path.target[0]]--;
    }

    /**
     * Stage 3: single moves while one helps. An assignment moves to another eligible candidate of
     * the same target that is under the cap and either a better tier, or the same tier with a load
     * at least two lower. Coverage is unchanged, no tier gets worse, and each move lowers (sum of
     * tiers, sum of squared loads), so this ends.
     */
    void rebalance() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < targetCount; i++) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    if (!used[e]) {
                        continue;
                    }
                    int better = betterEdge(i, e);
                    if (better >= 0) {
                        release(e);
                        take(better);
                        moved = true;
                    }
                }
            }
        }
    }

    /** The best (tier, load, id) unused edge of target i that would improve on used edge e; -1 when none. */
    private int betterEdge(int i, int e) {
        int tier = edgeTier[e];
        int current = load[edgeCandidate[e]];
        int best = -1;
        for (int f = start[i]; f < start[i + 1] && edgeTier[f] <= tier; f++) {
            if (best >= 0 && edgeTier[f] > edgeTier[best]) {
                break; // edges are sorted by tier: a worse tier cannot win
            }
            int j = edgeCandidate[f];
            boolean improves = edgeTier[f] < tier || load[j] + 1 < current;
            if (!used[f] && load[j] < maxLoad && improves && (best < 0 || load[j] < load[edgeCandidate[best]])) {
                best = f;
            }
        }
        return best;
    }

    private void take(int e) {
        int j = edgeCandidate[e];
        used[e] = true;
        load[j]++;
        if (usedCount[j] == usedAt[j].length) {
            usedAt[j] = Arrays.copyOf(usedAt[j], usedAt[j].length * 2);
        }
        usedAt[j][usedCount[j]++] = e;
    }

    private void release(int e) {
        int j = edgeCandidate[e];
        used[e] = false;
        load[j]--;
        int[] at = usedAt[j];
        int k = 0;
        while (at[k] != e) {
            k++;
        }
        // keep the order of the rest, so later choices do not depend on the history of removals
        System.arraycopy(at, k + 1, at, k, usedCount[j] - k - 1);
        usedCount[j]--;
    }

    int missing(int i) {
        return missing[i];
    }

    int load(int j) {
        return load[j];
    }

    /** Whether the plan gives candidate j to target i. */
    boolean holds(int i, int j) {
        for (int e = start[i]; e < start[i + 1]; e++) {
            if (used[e] && edgeCandidate[e] == j) {
                return true;
            }
        }
        return false;
    }

    /** The assignments of the plan for target i, by candidate index. */
    int[][] assignmentsOf(int i) {
        return IntStream.range(start[i], start[i + 1])
                .filter(e -> used[e])
                .mapToObj(e -> new int[] {edgeCandidate[e], edgeTier[e]})
                .sorted((a, b) -> Integer.compare(a[0], b[0]))
                .toArray(int[][]::new);
    }

    /** The stack of one depth-first search: target k takes edge take[k] and (k > 0) drops edge drop[k]. */
    private static final class Path {
        final int[] target;
        final int[] take;
        final int[] drop;

        Path(int targets) {
            target = new int[targets];
            take = new int[targets];
            drop = new int[targets];
        }
    }
}
