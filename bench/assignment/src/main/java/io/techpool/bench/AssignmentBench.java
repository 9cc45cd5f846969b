package io.techpool.bench;

import io.techpool.assignment.Candidate;
import io.techpool.assignment.ExpertiseTier;
import io.techpool.assignment.Plan;
import io.techpool.assignment.ReviewerAssignment;
import io.techpool.assignment.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Times {@link ReviewerAssignment#assign} on a round of 2,000 achievements needing 5 reviewers each
 * over 300 reviewers, with the default cap of 40 and with two tighter ones, and prints the median
 * time and the coverage of each. The instance is generated from a fixed seed, so every run measures
 * the same input.
 *
 * <p>Argument: the GB/T 4754 reference file (divisions and their sections).
 */
public final class AssignmentBench {

    private static final int TARGETS = 2_000;
    private static final int NEEDED = 5;
    private static final int CANDIDATES = 300;
    private static final int ORGANIZATIONS = 200;
    /** The default rule set's cap (capacity 12,000 for 10,000 reviews), a tight one (10,200), a short one (9,000). */
    private static final int[] MAX_LOADS = {40, 34, 30};
    private static final List<String> SECTIONS = List.of("C", "D", "I", "M"); // 31 + 3 + 3 + 3 = 40 divisions
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    public static void main(String[] args) throws IOException {
        Map<String, String> sectionOfDivision = Divisions.sectionOfDivision(Path.of(args[0]));
        Random random = new Random(20_260_401L);
        List<String> divisions = new ArrayList<>();
        sectionOfDivision.forEach((division, section) -> {
            if (SECTIONS.contains(section)) {
                divisions.add(division);
            }
        });
        Collections.shuffle(divisions, random); // which divisions are popular
        List<Target> targets = targets(random, divisions, sectionOfDivision);
        List<Candidate> candidates = candidates(random, divisions);

        for (int maxLoad : MAX_LOADS) {
            run(targets, candidates, maxLoad, sectionOfDivision, divisions.size());
        }
    }

    private static void run(
            List<Target> targets,
            List<Candidate> candidates,
            int maxLoad,
            Map<String, String> sectionOfDivision,
            int divisionCount) {
        long first = time(targets, candidates, maxLoad, sectionOfDivision);
        for (int k = 1; k < WARM_UP; k++) {
            time(targets, candidates, maxLoad, sectionOfDivision);
        }
        long[] runs = new long[RUNS];
        for (int k = 0; k < RUNS; k++) {
            runs[k] = time(targets, candidates, maxLoad, sectionOfDivision);
        }
        Arrays.sort(runs);
        Plan plan = ReviewerAssignment.assign(targets, candidates, maxLoad, sectionOfDivision);

        System.out.printf(
                "%ninstance: %d achievements x %d requested, %d reviewers, %d divisions, %d organizations, maxLoad %d%n",
                TARGETS, NEEDED, CANDIDATES, divisionCount, ORGANIZATIONS, maxLoad);
        System.out.printf(
                "time: median %.1f ms, min %.1f ms, max %.1f ms over %d runs after %d warm-up runs; first run %.1f ms%n",
                millis(runs[RUNS / 2]), millis(runs[0]), millis(runs[RUNS - 1]), RUNS, WARM_UP, millis(first));
        System.out.printf(
                "coverage: %d of %d achievements fully covered, %d of %d reviews assigned, %d shortfalls%n",
                plan.fullyCovered(), TARGETS, plan.assignments().size(), TARGETS * NEEDED, plan.shortfalls().size());
        Map<ExpertiseTier, Integer> byTier = new EnumMap<>(ExpertiseTier.class);
        Map<String, Integer> loads = new HashMap<>();
        plan.assignments().forEach(a -> {
            byTier.merge(a.tier(), 1, Integer::sum);
            loads.merge(a.reviewerId(), 1, Integer::sum);
        });
        int[] load = candidates.stream()
                .mapToInt(c -> loads.getOrDefault(c.reviewerId(), 0))
                .sorted()
                .toArray();
        System.out.printf("matches: %s%n", byTier);
        System.out.printf(
                "reviewer load: min %d, median %d, max %d%n", load[0], load[load.length / 2], load[load.length - 1]);
        plan.shortfalls().stream().limit(2).forEach(s -> System.out.printf("shortfall: %s%n", s));
    }

    private static long time(
            List<Target> targets, List<Candidate> candidates, int maxLoad, Map<String, String> sections) {
        long start = System.nanoTime();
        ReviewerAssignment.assign(targets, candidates, maxLoad, sections);
        return System.nanoTime() - start;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Achievements spread over divisions by a Zipf-like popularity, a few with a decline already. */
    private static List<Target> targets(Random random, List<String> divisions, Map<String, String> sections) {
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < TARGETS; t++) {
            String division = popular(random, divisions);
            Set<String> declined = random.nextInt(50) == 0 ? Set.of(reviewer(random.nextInt(CANDIDATES))) : Set.of();
            targets.add(new Target(
                    "A%05d".formatted(t),
                    organization(random.nextInt(ORGANIZATIONS)),
                    division,
                    sections.get(division),
                    Set.of(),
                    declined,
                    NEEDED));
        }
        return targets;
    }

    /** Reviewers with 1–3 divisions (drawn by the same popularity), 5 % without an organization, some conflicts. */
    private static List<Candidate> candidates(Random random, List<String> divisions) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            Set<String> expertise = new HashSet<>();
            int count = 1 + random.nextInt(3);
            while (expertise.size() < count) {
                expertise.add(popular(random, divisions));
            }
            Set<String> conflictOrganizations = new HashSet<>();
            if (random.nextInt(5) == 0) {
                for (int k = random.nextInt(2); k >= 0; k--) {
                    conflictOrganizations.add(organization(random.nextInt(ORGANIZATIONS)));
                }
            }
            Set<String> conflictAchievements = new HashSet<>();
            if (random.nextInt(10) == 0) {
                for (int k = random.nextInt(3); k >= 0; k--) {
                    conflictAchievements.add("A%05d".formatted(random.nextInt(TARGETS)));
                }
            }
            String organization = random.nextInt(20) == 0 ? null : organization(random.nextInt(ORGANIZATIONS));
            candidates.add(new Candidate(
                    reviewer(c), organization, expertise, conflictOrganizations, conflictAchievements, 0));
        }
        return candidates;
    }

    /** Division of rank r (0-based) drawn with weight 1 / (r + 1)^0.8. */
    private static String popular(Random random, List<String> divisions) {
        double total = 0;
        for (int r = 0; r < divisions.size(); r++) {
            total += Math.pow(r + 1, -0.8);
        }
        double x = random.nextDouble() * total;
        for (int r = 0; r < divisions.size(); r++) {
            x -= Math.pow(r + 1, -0.8);
            if (x < 0) {
                return divisions.get(r);
            }
        }
        return divisions.get(divisions.size() - 1);
    }

    private static String organization(int k) {
        return "ORG%03d".formatted(k);
    }

    private static String reviewer(int k) {
        return "R%03d".formatted(k);
    }
}
