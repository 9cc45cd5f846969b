package io.techpool.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Builders for targets and candidates, a small division-to-section map, and seeded random instances. */
final class AssignmentFixtures {

    /** Manufacturing (C) 38 and 39, agriculture (A) 01 and 02, software (I) 65. */
    static final Map<String, String> SECTIONS = Map.of("38", "C", "39", "C", "01", "A", "02", "A", "65", "I");

    private AssignmentFixtures() {}

    static TargetBuilder target(String achievementId) {
        return new TargetBuilder(achievementId);
    }

    static CandidateBuilder candidate(String reviewerId) {
        return new CandidateBuilder(reviewerId);
    }

    /** By default: organization ORG-T, division 38 of section C, needs 1, nobody assigned or declined. */
    static final class TargetBuilder {
        private final String achievementId;
        private String organization = "ORG-T";
        private String division = "38";
        private final Set<String> assigned = new HashSet<>();
        private final Set<String> declined = new HashSet<>();
        private int requested = 1;

        private TargetBuilder(String achievementId) {
            this.achievementId = achievementId;
        }

        TargetBuilder organization(String code) {
            organization = code;
            return this;
        }

        TargetBuilder division(String code) {
            division = code;
            return this;
        }

        TargetBuilder assigned(String... reviewerIds) {
            assigned.addAll(List.of(reviewerIds));
            return this;
        }

        TargetBuilder declined(String... reviewerIds) {
            declined.addAll(List.of(reviewerIds));
            return this;
        }

        TargetBuilder requested(int count) {
            requested = count;
            return this;
        }

        Target build() {
            return new Target(
                    achievementId, organization, division, SECTIONS.get(division), assigned, declined, requested);
        }
    }

    /** By default: organization ORG-<id>, expertise in division 38, no conflicts, no open load. */
    static final class CandidateBuilder {
        private final String reviewerId;
        private String organization;
        private final Set<String> expertise = new HashSet<>(Set.of("38"));
        private final Set<String> conflictOrganizations = new HashSet<>();
        private final Set<String> conflictAchievements = new HashSet<>();
        private int openLoad;

        private CandidateBuilder(String reviewerId) {
            this.reviewerId = reviewerId;
            this.organization = "ORG-" + reviewerId;
        }

        CandidateBuilder organization(String code) {
            organization = code;
            return this;
        }

        CandidateBuilder expertise(String... divisions) {
            expertise.clear();
            expertise.addAll(List.of(divisions));
            return this;
        }

        CandidateBuilder conflictOrganizations(String... codes) {
            conflictOrganizations.addAll(List.of(codes));
            return this;
        }

        CandidateBuilder conflictAchievements(String... achievementIds) {
            conflictAchievements.addAll(List.of(achievementIds));
            return this;
        }

        CandidateBuilder openLoad(int count) {
            openLoad = count;
            return this;
        }

        Candidate build() {
            return new Candidate(
                    reviewerId, organization, expertise, conflictOrganizations, conflictAchievements, openLoad);
        }
    }

    /** A random round, small enough to check against brute force, with every rule in play. */
    record Instance(List<Target> targets, List<Candidate> candidates, int maxLoad) {}

    static Instance randomInstance(long seed) {
        Random random = new Random(seed);
        List<String> divisions = List.copyOf(new TreeSet<>(SECTIONS.keySet()));
        List<String> organizations = List.of("O1", "O2", "O3", "O4");
        int targetCount = 1 + random.nextInt(15);
        int candidateCount = 1 + random.nextInt(12);
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < candidateCount; c++) {
            CandidateBuilder candidate = candidate("R" + c)
                    .organization(random.nextInt(5) == 0 ? null : pick(random, organizations))
                    .openLoad(random.nextInt(4));
            List<String> expertise = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                expertise.add(pick(random, divisions));
            }
            candidate.expertise(expertise.toArray(String[]::new));
            if (random.nextInt(4) == 0) {
                candidate.conflictOrganizations(pick(random, organizations));
            }
            if (random.nextInt(4) == 0) {
                candidate.conflictAchievements("A" + random.nextInt(targetCount));
            }
            candidates.add(candidate.build());
        }
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < targetCount; t++) {
            TargetBuilder target = target("A" + t)
                    .organization(pick(random, organizations))
                    .division(pick(random, divisions))
                    .requested(random.nextInt(5));
            if (random.nextInt(3) == 0) {
                target.declined("R" + random.nextInt(candidateCount));
            }
            if (random.nextInt(3) == 0) {
                target.assigned("R" + random.nextInt(candidateCount));
            }
            targets.add(target.build());
        }
        return new Instance(targets, candidates, 1 + random.nextInt(4));
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * The most reviews any plan could assign when each target counts at most {@code perTarget}: a
     * plain Ford–Fulkerson max-flow, for small instances.
     */
    static int maximumCoverage(Instance instance, int perTarget) {
        List<Target> targets = instance.targets();
        List<Candidate> candidates = instance.candidates();
        int t = targets.size();
        int n = t + candidates.size() + 2;
        int source = n - 2;
        int sink = n - 1;
        int[][] capacity = new int[n][n];
        for (int i = 0; i < t; i++) {
            capacity[source][i] = Math.min(perTarget, targets.get(i).requested());
            for (int j = 0; j < candidates.size(); j++) {
                if (AssignmentPolicy.conflict(targets.get(i), candidates.get(j)).isEmpty()) {
                    capacity[i][t + j] = 1;
                }
            }
        }
        for (int j = 0; j < candidates.size(); j++) {
            capacity[t + j][sink] =
                    Math.max(0, instance.maxLoad() - candidates.get(j).openLoad());
        }
        int flow = 0;
        while (augment(capacity, source, sink, new boolean[n])) {
            flow++;
        }
        return flow;
    }

    private static boolean augment(int[][] capacity, int from, int sink, boolean[] seen) {
        if (from == sink) {
            return true;
        }
        seen[from] = true;
        for (int to = 0; to < capacity.length; to++) {
            if (capacity[from][to] > 0 && !seen[to] && augment(capacity, to, sink, seen)) {
                capacity[from][to]--;
                capacity[to][from]++;
                return true;
            }
        }
        return false;
    }

    static Map<String, Integer> newLoads(Plan plan) {
        Map<String, Integer> loads = new HashMap<>();
        plan.assignments().forEach(a -> loads.merge(a.reviewerId(), 1, Integer::sum));
        return loads;
    }
}
