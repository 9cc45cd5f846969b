package io.techpool.bench;

import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.Registered;
import io.techpool.scoring.RuleSet;
import io.techpool.scoring.ScoreSheet;
import io.techpool.scoring.SelectionComputation;
import io.techpool.scoring.SelectionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times {@link SelectionComputation#compute} on a round of 100,000 achievements with 5 submitted
 * reviews each (500,000 sheets) from 2,000 reviewers, under the two repository rule sets (default:
 * raw scores, trimmed mean, global; section-zscore: z-score normalization, trimmed mean, per section),
 * and prints the median time and the pool of each. The round is generated from a fixed seed, so every
 * run measures the same input.
 *
 * <p>Argument: the GB/T 4754 reference file (divisions and their sections).
 */
public final class SelectionBench {

    private static final int ACHIEVEMENTS = 100_000;
    private static final int REVIEWS = 5;
    private static final int REVIEWERS = 2_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    public static void main(String[] args) throws IOException {
        Map<String, String> sectionOfDivision = Divisions.sectionOfDivision(Path.of(args[0]));
        List<String> divisions = new ArrayList<>(sectionOfDivision.keySet());
        Random random = new Random(20_260_402L);
        Collections.shuffle(divisions, random);

        List<Registered> registered = new ArrayList<>(ACHIEVEMENTS);
        List<ScoreSheet> sheets = new ArrayList<>(ACHIEVEMENTS * REVIEWS);
        double[] bias = new double[REVIEWERS]; // lenient and strict reviewers
        for (int r = 0; r < REVIEWERS; r++) {
            bias[r] = random.nextGaussian() * 6;
        }
        for (int a = 0; a < ACHIEVEMENTS; a++) {
            String id = "A%06d".formatted(a);
            String division = popular(random, divisions);
            // registered over four weeks, to the second: some share a second
            registered.add(new Registered(
                    id, division, sectionOfDivision.get(division), START.plusSeconds(random.nextInt(28 * 86_400))));
            double[] quality = {65 + random.nextGaussian() * 12, 65 + random.nextGaussian() * 12, 0};
            quality[2] = (quality[0] + quality[1]) / 2 + random.nextGaussian() * 8;
            int first = random.nextInt(REVIEWERS);
            for (int k = 0; k < REVIEWS; k++) {
                int reviewer = (first + k * 397) % REVIEWERS; // 5 distinct reviewers
                sheets.add(new ScoreSheet(
                        id,
                        "R%04d".formatted(reviewer),
                        score(random, quality[0] + bias[reviewer]),
                        score(random, quality[1] + bias[reviewer]),
                        score(random, quality[2] + bias[reviewer])));
            }
        }
        System.out.printf(
                "Round: %,d achievements x %d reviews = %,d sheets from %,d reviewers over %d divisions; %s, %d cores%n",
                ACHIEVEMENTS,
                REVIEWS,
                sheets.size(),
                REVIEWERS,
                divisions.size(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        run(rules("default", RuleSet.Normalization.NONE, RuleSet.Scope.GLOBAL), registered, sheets);
        run(rules("section-zscore", RuleSet.Normalization.ZSCORE, RuleSet.Scope.INDUSTRY_SECTION), registered, sheets);
    }

    private static void run(RuleSet rules, List<Registered> registered, List<ScoreSheet> sheets) {
        long start = System.nanoTime();
        SelectionResult first = SelectionComputation.compute(rules, registered, sheets);
        long firstCall = System.nanoTime() - start;
        for (int i = 0; i < WARM_UP; i++) {
            check(first, SelectionComputation.compute(rules, registered, sheets));
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            SelectionResult result = SelectionComputation.compute(rules, registered, sheets);
            times[i] = System.nanoTime() - start;
            check(first, result);
        }
        Arrays.sort(times);
        long flagged = first.ranking().stream()
                .filter(e -> e.flags().contains(RankedAchievement.DISAGREEMENT))
                .count();
        System.out.printf(
                "%-15s median %,d ms  min %,d ms  max %,d ms  first call %,d ms | N %,d, capacity %,d, pool %,d,"
                        + " cut-off %s, %,d flagged, digest %s…%n",
                rules.id(),
                times[RUNS / 2] / 1_000_000,
                times[0] / 1_000_000,
                times[RUNS - 1] / 1_000_000,
                firstCall / 1_000_000,
                first.n(),
                first.capacity(),
                first.pool().size(),
                rules.selection().scope() == RuleSet.Scope.GLOBAL ? first.cutoffComposite() : first.cutoffBySection(),
                flagged,
                first.inputDigest().substring(0, 12));
    }

    private static void check(SelectionResult expected, SelectionResult actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("two computations of the same round differ");
        }
    }

    private static RuleSet rules(String id, RuleSet.Normalization normalization, RuleSet.Scope scope) {
        RuleSet.Text title = new RuleSet.Text(id, id);
        return new RuleSet(
                id,
                1,
                title,
                new RuleSet.Scale(BigDecimal.ZERO, BigDecimal.valueOf(100)),
                List.of(
                        new RuleSet.Dimension("market_potential", new BigDecimal("0.4"), title, List.of()),
                        new RuleSet.Dimension("economic_value", new BigDecimal("0.3"), title, List.of()),
                        new RuleSet.Dimension("technical_content", new BigDecimal("0.3"), title, List.of())),
                new RuleSet.Reviews(5, 3, 40),
                RuleSet.Aggregation.TRIMMED_MEAN,
                normalization,
                new RuleSet.Disagreement(BigDecimal.valueOf(15)),
                new RuleSet.Selection(
                        new BigDecimal("0.20"),
                        BigDecimal.valueOf(60),
                        scope,
                        List.of("technical_content", "market_potential", "economic_value")));
    }

    /** An integer score around {@code mean} with reviewer noise, on the scale 0–100. */
    private static BigDecimal score(Random random, double mean) {
        long value = Math.round(mean + random.nextGaussian() * 7);
        return BigDecimal.valueOf(Math.max(0, Math.min(100, value)));
    }

    /** A Zipf-like choice: the first divisions of the list are the most popular. */
    private static String popular(Random random, List<String> divisions) {
        int n = divisions.size();
        double u = random.nextDouble();
        int index = (int) Math.floor(Math.pow(n + 1, u)) - 1;
        return divisions.get(Math.min(n - 1, Math.max(0, index)));
    }
}
