package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the whole computation over generated rounds (jqwik). Each round is drawn from a seed
 * that jqwik generates and reports on failure: rule set (aggregation, normalization, scope, quota,
 * minComposite, required), 0–40 achievements over 4 sections and 6 divisions with frequent equal
 * registration times, 0–6 sheets each from 1–10 reviewers, scores often equal.
 */
class SelectionPropertiesTest {

    private static final RuleSet BASE = ScoringFixtures.rules();
    private static final String[][] DIVISIONS = {
        {"A", "01"}, {"A", "02"}, {"C", "13"}, {"C", "38"}, {"I", "65"}, {"M", "73"}
    };
    private static final String[] QUOTAS = {"0.05", "0.1", "0.15", "0.19", "0.2"};
    private static final String[] MIN_COMPOSITES = {"0", "30", "50", "60"};

    record Input(RuleSet rules, List<Registered> registered, List<ScoreSheet> sheets) {
        SelectionResult compute() {
            return SelectionComputation.compute(rules, registered, sheets);
        }
    }

    @Provide
    Arbitrary<Input> rounds() {
        return Arbitraries.longs().map(seed -> generate(new Random(seed), null));
    }

    @Provide
    Arbitrary<Input> rawRounds() {
        return Arbitraries.longs().map(seed -> generate(new Random(seed), RuleSet.Normalization.NONE));
    }

    static Input generate(Random random, RuleSet.Normalization normalization) {
        RuleSet.Aggregation[] aggregations = RuleSet.Aggregation.values();
        RuleSet rules = new RuleSet(
                BASE.id(),
                BASE.version(),
                BASE.title(),
                BASE.scale(),
                BASE.dimensions(),
                new RuleSet.Reviews(6, 1 + random.nextInt(4), 40),
                aggregations[random.nextInt(aggregations.length)],
                normalization != null ? normalization : RuleSet.Normalization.values()[random.nextInt(2)],
                new RuleSet.Disagreement(BigDecimal.valueOf(5 + random.nextInt(20))),
                new RuleSet.Selection(
                        new BigDecimal(QUOTAS[random.nextInt(QUOTAS.length)]),
                        new BigDecimal(MIN_COMPOSITES[random.nextInt(MIN_COMPOSITES.length)]),
                        RuleSet.Scope.values()[random.nextInt(2)],
                        BASE.selection().tieBreak()));
        int n = random.nextInt(41);
        int reviewers = 1 + random.nextInt(10);
        List<Registered> registered = new ArrayList<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "A" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
            String[] division = DIVISIONS[random.nextInt(DIVISIONS.length)];
            registered.add(new Registered(id, division[1], division[0], T0.plusSeconds(60L * random.nextInt(15))));
            List<Integer> panel = new ArrayList<>();
            for (int r = 0; r < reviewers; r++) {
                panel.add(r);
            }
            Collections.shuffle(panel, random);
            int reviews = Math.min(reviewers, random.nextInt(7));
            for (int k = 0; k < reviews; k++) {
                sheets.add(new ScoreSheet(id, "R" + panel.get(k), score(random), score(random), score(random)));
            }
        }
        return new Input(rules, registered, sheets);
    }

    private static BigDecimal score(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(60 + 10 * random.nextInt(4)); // frequent equal scores
            case 1 -> BigDecimal.valueOf(random.nextInt(1001), 1); // one decimal
            default -> BigDecimal.valueOf(random.nextInt(101));
        };
    }

    @Property(tries = 500)
    void poolNeverExceedsTwentyPercentOfN(@ForAll("rounds") Input input) {
        SelectionResult result = input.compute();

        int n = input.registered().size();
        assertThat(result.pool().size()).isLessThanOrEqualTo(n / 5).isLessThanOrEqualTo(result.capacity());
        assertThat(result.ranking()).hasSize(n);
        assertThat(result.ranking().stream().filter(RankedAchievement::selected))
                .hasSameSizeAs(result.pool());
        for (RankedAchievement entry : result.pool()) {
            assertThat(entry.composite())
                    .isGreaterThanOrEqualTo(input.rules().selection().minComposite());
            assertThat(entry.reason()).isEqualTo(Reason.SELECTED);
        }
    }

    @Property(tries = 200)
    void sameInputsSameOutput(@ForAll("rounds") Input input) {
        SelectionResult first = input.compute();
        SelectionResult second = input.compute();

        assertThat(second).isEqualTo(first);
        assertThat(second.inputDigest()).isEqualTo(first.inputDigest());
        assertThat(second.toString()).isEqualTo(first.toString()); // scales included
    }

    @Property(tries = 500)
    void permutingTheInputsChangesNothing(@ForAll("rounds") Input input, @ForAll long shuffleSeed) {
        Random random = new Random(shuffleSeed);
        List<Registered> registered = new ArrayList<>(input.registered());
        List<ScoreSheet> sheets = new ArrayList<>(input.sheets());
        Collections.shuffle(registered, random);
        Collections.shuffle(sheets, random);

        SelectionResult shuffled = SelectionComputation.compute(input.rules(), registered, sheets);

        assertThat(shuffled.toString()).isEqualTo(input.compute().toString());
    }

    @Property(tries = 500)
    void withoutNormalization_raisingAScoreNeverRemovesFromThePool(
            @ForAll("rawRounds") Input input, @ForAll long choiceSeed) {
        SelectionResult before = input.compute();
        if (before.pool().isEmpty()) {
            return;
        }
        Random random = new Random(choiceSeed);
        String raised = before.pool().get(random.nextInt(before.pool().size())).achievementId();
        List<ScoreSheet> sheets = new ArrayList<>(input.sheets());
        List<Integer> ofRaised = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).achievementId().equals(raised)) {
                ofRaised.add(i);
            }
        }
        int at = ofRaised.get(random.nextInt(ofRaised.size()));
        ScoreSheet old = sheets.get(at);
        BigDecimal[] scores = {old.marketPotential(), old.economicValue(), old.technicalContent()};
        int d = random.nextInt(3);
        scores[d] =
                scores[d].add(BigDecimal.valueOf(1 + random.nextInt(300), 1)).min(BigDecimal.valueOf(100));
        sheets.set(at, new ScoreSheet(raised, old.reviewerId(), scores[0], scores[1], scores[2]));

        SelectionResult after = SelectionComputation.compute(input.rules(), input.registered(), sheets);

        assertThat(ScoringFixtures.ids(after.pool())).contains(raised);
    }
}
