package io.techpool.assignment;

import static io.techpool.assignment.AssignmentFixtures.SECTIONS;
import static io.techpool.assignment.AssignmentFixtures.candidate;
import static io.techpool.assignment.AssignmentFixtures.newLoads;
import static io.techpool.assignment.AssignmentFixtures.target;
import static io.techpool.assignment.Shortfall.Code.ALL_AT_CAP;
import static io.techpool.assignment.Shortfall.Code.SOME_AT_CAP;
import static io.techpool.assignment.Shortfall.Code.TOO_FEW_ELIGIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.techpool.assignment.AssignmentFixtures.CandidateBuilder;
import io.techpool.assignment.AssignmentFixtures.Instance;
import io.techpool.assignment.AssignmentFixtures.TargetBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewerAssignmentTest {

    private static final int MAX_LOAD = 40;

    private static Plan assign(List<Target> targets, List<Candidate> candidates) {
        return ReviewerAssignment.assign(targets, candidates, MAX_LOAD, SECTIONS);
    }

    /** Each case: a reviewer the rule forbids, who would otherwise be the best match, beside one allowed reviewer. */
    static Stream<Arguments> hardRules() {
        return Stream.of(
                rule(
                        "same organization",
                        target("A1").organization("ORG-1"),
                        candidate("BAD").organization("ORG-1")),
                rule(
                        "declared conflict with the organization",
                        target("A1").organization("ORG-1"),
                        candidate("BAD").conflictOrganizations("ORG-1")),
                rule(
                        "declared conflict with the achievement",
                        target("A1"),
                        candidate("BAD").conflictAchievements("A1")),
                rule("declined before", target("A1").declined("BAD"), candidate("BAD")),
                rule("already assigned", target("A1").assigned("BAD"), candidate("BAD")));
    }

    private static Arguments rule(String name, TargetBuilder target, CandidateBuilder forbidden) {
        return Arguments.of(name, target.requested(2), forbidden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardRules")
    void assign_neverPicksAForbiddenReviewer_evenWhenShortOfReviewers(
            String rule, TargetBuilder target, CandidateBuilder forbidden) {
        Candidate allowed = candidate("OK").expertise("01").build();

        Plan plan = assign(List.of(target.build()), List.of(forbidden.build(), allowed));

        assertThat(plan.assignments()).containsExactly(new NewAssignment("A1", "OK", ExpertiseTier.OTHER));
        assertThat(plan.shortfalls()).containsExactly(new Shortfall("A1", 1, reason(TOO_FEW_ELIGIBLE, 1, 0)));
    }

    @Test
    void assign_keepsEveryReviewerWithinTheCap_countingOpenLoad() {
        List<Target> targets = IntStream.range(0, 10)
                .mapToObj(t -> target("A" + t).requested(2).build())
                .toList();
        List<Candidate> candidates = List.of(
                candidate("R1").openLoad(MAX_LOAD - 1).build(),
                candidate("R2").openLoad(MAX_LOAD).build(),
                candidate("R3").openLoad(MAX_LOAD - 3).build(),
                candidate("R4").openLoad(MAX_LOAD - 5).build());

        Plan plan = assign(targets, candidates);

        assertThat(newLoads(plan)).isEqualTo(Map.of("R1", 1, "R3", 3, "R4", 5));
    }

    @Test
    void assign_givesEveryAchievementItsNextReviewerBeforeAnyGetsAnother() {
        List<Target> targets = IntStream.range(0, 4)
                .mapToObj(t -> target("A" + t).requested(3).build())
                .toList();
        List<Candidate> candidates = IntStream.range(0, 3)
                .mapToObj(c -> candidate("R" + c).openLoad(MAX_LOAD - 3).build())
                .toList();

        Plan plan = assign(targets, candidates);

        // 9 places for 12 reviews: 3 + 2 + 2 + 2, never 3 + 3 + 3 + 0
        assertThat(plan.fullyCovered()).isEqualTo(1);
        assertThat(plan.shortfalls()).extracting(Shortfall::missing).containsExactly(1, 1, 1);
    }

    @Test
    void assign_spreadsLoadWithinOne_whenEveryReviewerIsEquallyEligible() {
        List<Target> targets = IntStream.range(0, 37)
                .mapToObj(t -> target("A" + t).requested(3).build())
                .toList();
        List<Candidate> candidates =
                IntStream.range(0, 10).mapToObj(c -> candidate("R" + c).build()).toList();

        Plan plan = assign(targets, candidates);

        IntSummaryStatistics loads =
                newLoads(plan).values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertThat(plan.fullyCovered()).isEqualTo(37);
        assertThat(loads.getCount()).isEqualTo(10);
        assertThat(loads.getMax() - loads.getMin()).isLessThanOrEqualTo(1);
    }

    @Test
    void assign_evensOutTotalLoad_whenSomeReviewersAlreadyHoldAssignments() {
        List<Target> targets = IntStream.range(0, 12)
                .mapToObj(t -> target("A" + t).requested(2).build())
                .toList();
        // already held: 0, 2, 4, 6 (12 in all); after 24 more, each holds 9
        List<Candidate> candidates = IntStream.range(0, 4)
                .mapToObj(c -> candidate("R" + c).openLoad(2 * c).build())
                .toList();

        Plan plan = assign(targets, candidates);

        assertThat(newLoads(plan)).isEqualTo(Map.of("R0", 9, "R1", 7, "R2", 5, "R3", 3));
    }

    @ParameterizedTest(name = "needs {0}: {1}")
    @CsvSource({"1, DIVISION", "2, DIVISION SECTION", "3, DIVISION SECTION OTHER", "4, DIVISION SECTION OTHER OTHER"})
    void assign_prefersDivision_thenSection_thenAnyone(int requested, String expected) {
        Target target = target("A1").division("38").requested(requested).build();
        List<Candidate> candidates = List.of(
                candidate("R1").expertise("01").build(), // section A
                candidate("R2").expertise("39", "02").build(), // 39 is in section C, like 38
                candidate("R3").expertise("65").build(), // section I
                candidate("R4").expertise("02", "38").build());

        Plan plan = assign(List.of(target), candidates);

        assertThat(plan.assignments().stream().map(NewAssignment::tier).sorted())
                .map(ExpertiseTier::name)
                .containsExactly(expected.split(" "));
        assertThat(plan.assignments())
                .filteredOn(a -> a.tier() != ExpertiseTier.OTHER)
                .extracting(NewAssignment::reviewerId)
                .containsExactlyElementsOf(requested == 1 ? List.of("R4") : List.of("R2", "R4"));
    }

    @Test
    void assign_prefersDivisionExperts_overEvenLoad() {
        List<Target> targets = List.of(
                target("A1").division("38").build(),
                target("A2").division("38").build(),
                target("A3").division("38").build());
        List<Candidate> candidates = List.of(
                candidate("EXPERT").expertise("38").build(),
                candidate("OTHER1").expertise("01").build(),
                candidate("OTHER2").expertise("01").build());

        Plan plan = assign(targets, candidates);

        assertThat(plan.assignments()).extracting(NewAssignment::reviewerId).containsOnly("EXPERT");
    }

    @Test
    void assign_returnsTheSamePlan_whateverTheInputOrder() {
        Instance instance = AssignmentFixtures.randomInstance(7);
        Plan expected =
                ReviewerAssignment.assign(instance.targets(), instance.candidates(), instance.maxLoad(), SECTIONS);
        Random random = new Random(11);

        for (int k = 0; k < 20; k++) {
            List<Target> targets = new ArrayList<>(instance.targets());
            List<Candidate> candidates = new ArrayList<>(instance.candidates());
            Collections.shuffle(targets, random);
            Collections.shuffle(candidates, random);

            assertThat(ReviewerAssignment.assign(targets, candidates, instance.maxLoad(), SECTIONS))
                    .isEqualTo(expected);
        }
        assertThat(expected.assignments()).isNotEmpty();
    }

    /** The reason for target A1 (division 38) at {@link #MAX_LOAD}. */
    private static Shortfall.Reason reason(Shortfall.Code code, int eligible, int atCap) {
        return new Shortfall.Reason(code, eligible, atCap, MAX_LOAD, "38");
    }

    static Stream<Arguments> shortfalls() {
        return Stream.of(
                Arguments.of(
                        "too few eligible",
                        List.of(
                                candidate("R1"),
                                candidate("R2"),
                                candidate("R3").organization("ORG-T")),
                        new Shortfall("A1", 3, reason(TOO_FEW_ELIGIBLE, 2, 0))),
                Arguments.of(
                        "none eligible",
                        List.of(candidate("R1").organization("ORG-T")),
                        new Shortfall("A1", 5, reason(TOO_FEW_ELIGIBLE, 0, 0))),
                Arguments.of(
                        "all at the cap",
                        List.of(
                                candidate("R1").openLoad(MAX_LOAD),
                                candidate("R2").openLoad(MAX_LOAD),
                                candidate("R3").openLoad(MAX_LOAD),
                                candidate("R4").openLoad(MAX_LOAD),
                                candidate("R5").openLoad(MAX_LOAD),
                                candidate("R6").openLoad(MAX_LOAD)),
                        new Shortfall("A1", 5, reason(ALL_AT_CAP, 6, 6))),
                Arguments.of(
                        "some at the cap",
                        List.of(
                                candidate("R1"),
                                candidate("R2").openLoad(MAX_LOAD),
                                candidate("R3").openLoad(MAX_LOAD),
                                candidate("R4").openLoad(MAX_LOAD),
                                candidate("R5").openLoad(MAX_LOAD)),
                        new Shortfall("A1", 4, reason(SOME_AT_CAP, 5, 4))),
                Arguments.of(
                        "too few, and one at the cap",
                        List.of(candidate("R1"), candidate("R2").openLoad(MAX_LOAD)),
                        new Shortfall("A1", 4, reason(TOO_FEW_ELIGIBLE, 2, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortfalls")
    void assign_explainsEachShortfall(String situation, List<CandidateBuilder> candidates, Shortfall expected) {
        Target target = target("A1").organization("ORG-T").requested(5).build();

        Plan plan = assign(
                List.of(target),
                candidates.stream().map(CandidateBuilder::build).toList());

        assertThat(plan.fullyCovered()).isZero();
        assertThat(plan.shortfalls()).containsExactly(expected);
    }

    @Test
    void assign_countsTargetsThatNeedNoneAsFullyCovered() {
        List<Target> targets = List.of(
                target("A1").requested(0).build(), target("A2").requested(1).build());

        Plan plan = assign(targets, List.of());

        assertThat(plan.fullyCovered()).isEqualTo(1);
        assertThat(plan.shortfalls()).extracting(Shortfall::achievementId).containsExactly("A2");
    }

    /**
     * A1 prefers R1 (its division), so the rounds give it R1; then A2, whose only reviewers are R1
     * and R3 (taken by A3, which had no other), is left short. Moving A1 to R2 covers everyone.
     */
    @Test
    void assign_reachesMaximumCoverage_whereGreedyRoundsFallShort() {
        List<Target> targets = List.of(
                target("A1").build(),
                target("A2").organization("ORG-R2").build(),
                target("A3").organization("ORG-R2").build());
        List<Candidate> candidates = List.of(
                candidate("R1").expertise("38").conflictAchievements("A3").build(),
                candidate("R2").expertise("01").build(),
                candidate("R3").expertise("38").conflictAchievements("A1").build());
        int maxLoad = 1;
        AssignmentGraph greedy = new AssignmentGraph(targets, candidates, maxLoad, SECTIONS);
        greedy.greedyRound(1);

        Plan plan = ReviewerAssignment.assign(targets, candidates, maxLoad, SECTIONS);

        assertThat(IntStream.range(0, 3).map(greedy::missing).sum()).isEqualTo(1);
        assertThat(plan.fullyCovered()).isEqualTo(3);
        assertThat(plan.assignments())
                .containsExactly(
                        new NewAssignment("A1", "R2", ExpertiseTier.OTHER),
                        new NewAssignment("A2", "R1", ExpertiseTier.DIVISION),
                        new NewAssignment("A3", "R3", ExpertiseTier.DIVISION));
    }

    @Test
    void assign_rejectsDuplicateIds() {
        List<Target> targets = List.of(target("A1").build(), target("A1").build());

        assertThatThrownBy(() -> assign(targets, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate achievement id A1");
    }

    /**
     * Random rounds with every rule in play: no rule broken, no cap exceeded, no target over-assigned,
     * shortfalls add up, no single move would give a better match or a more even load, and for every k the reviews counted up to k per achievement are as many as
     * an independent max-flow finds (k = 4 is plain coverage, as no target needs more).
     */
    @Test
    void assign_keepsEveryInvariant_onSeededRandomRounds() {
        for (long seed = 1; seed <= 400; seed++) {
            Instance instance = AssignmentFixtures.randomInstance(seed);

            Plan plan =
                    ReviewerAssignment.assign(instance.targets(), instance.candidates(), instance.maxLoad(), SECTIONS);

            checkInvariants(seed, instance, plan);
        }
    }

    private static void checkInvariants(long seed, Instance instance, Plan plan) {
        String context = "seed " + seed;
        Map<String, Target> targets = new HashMap<>();
        instance.targets().forEach(t -> targets.put(t.achievementId(), t));
        Map<String, Candidate> candidates = new HashMap<>();
        instance.candidates().forEach(c -> candidates.put(c.reviewerId(), c));
        Set<String> pairs = new HashSet<>();
        Map<String, Integer> perTarget = new HashMap<>();
        for (NewAssignment a : plan.assignments()) {
            Target target = targets.get(a.achievementId());
            Candidate candidate = candidates.get(a.reviewerId());
            assertThat(AssignmentPolicy.conflict(target, candidate)).as(context).isEmpty();
            assertThat(pairs.add(a.achievementId() + "/" + a.reviewerId()))
                    .as(context)
                    .isTrue();
            assertThat(a.tier()).as(context).isEqualTo(ExpertiseTier.of(target, candidate, SECTIONS));
            perTarget.merge(a.achievementId(), 1, Integer::sum);
        }
        newLoads(plan)
                .forEach(
                        (reviewer, added) -> assertThat(candidates.get(reviewer).openLoad() + added)
                                .as(context)
                                .isLessThanOrEqualTo(instance.maxLoad()));
        Map<String, Integer> missing = new HashMap<>();
        plan.shortfalls().forEach(s -> missing.put(s.achievementId(), s.missing()));
        for (Target target : instance.targets()) {
            int added = perTarget.getOrDefault(target.achievementId(), 0);
            assertThat(added).as(context).isLessThanOrEqualTo(target.requested());
            assertThat(missing.getOrDefault(target.achievementId(), 0))
                    .as(context)
                    .isEqualTo(target.requested() - added);
        }
        assertThat(plan.fullyCovered() + plan.shortfalls().size()).as(context).isEqualTo(targets.size());
        Map<String, Integer> loads = new HashMap<>();
        instance.candidates().forEach(c -> loads.put(c.reviewerId(), c.openLoad()));
        newLoads(plan).forEach((reviewer, added) -> loads.merge(reviewer, added, Integer::sum));
        for (NewAssignment a : plan.assignments()) {
            Target target = targets.get(a.achievementId());
            for (Candidate other : instance.candidates()) {
                boolean free = AssignmentPolicy.conflict(target, other).isEmpty()
                        && loads.get(other.reviewerId()) < instance.maxLoad()
                        && !pairs.contains(a.achievementId() + "/" + other.reviewerId());
                int tier = ExpertiseTier.of(target, other, SECTIONS).compareTo(a.tier());
                assertThat(free
                                && (tier < 0
                                        || tier == 0 && loads.get(other.reviewerId()) + 1 < loads.get(a.reviewerId())))
                        .as(
                                "%s: %s could move from %s to %s",
                                context, a.achievementId(), a.reviewerId(), other.reviewerId())
                        .isFalse();
            }
        }
        for (int level = 1; level <= 4; level++) {
            int capped = 0;
            for (Target target : instance.targets()) {
                capped += Math.min(level, perTarget.getOrDefault(target.achievementId(), 0));
            }
            assertThat(capped)
                    .as("%s, reviewers counted up to %d per achievement", context, level)
                    .isEqualTo(AssignmentFixtures.maximumCoverage(instance, level));
        }
    }
}
