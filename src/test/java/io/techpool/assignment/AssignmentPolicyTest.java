package io.techpool.assignment;

import static io.techpool.assignment.AssignmentFixtures.candidate;
import static io.techpool.assignment.AssignmentFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.techpool.assignment.AssignmentFixtures.CandidateBuilder;
import io.techpool.assignment.AssignmentFixtures.TargetBuilder;
import io.techpool.assignment.AssignmentPolicy.Refusal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hard rule refuses its case and only its case; the first applicable rule is the one reported. */
class AssignmentPolicyTest {

    private static final int MAX_LOAD = 40;

    static Stream<Arguments> refusedPairs() {
        return Stream.of(
                refused(
                        Refusal.SAME_ORGANIZATION,
                        target("A1").organization("ORG-1"),
                        candidate("R1").organization("ORG-1")),
                refused(
                        Refusal.DECLARED_CONFLICT_ORGANIZATION,
                        target("A1").organization("ORG-1"),
                        candidate("R1").conflictOrganizations("ORG-1")),
                refused(
                        Refusal.DECLARED_CONFLICT_ACHIEVEMENT,
                        target("A1"),
                        candidate("R1").conflictAchievements("A1")),
                refused(Refusal.DECLINED_BEFORE, target("A1").declined("R1"), candidate("R1")),
                refused(Refusal.ALREADY_ASSIGNED, target("A1").assigned("R1"), candidate("R1")),
                refused(Refusal.AT_LOAD_CAP, target("A1"), candidate("R1").openLoad(MAX_LOAD)),
                refused(Refusal.AT_LOAD_CAP, target("A1"), candidate("R1").openLoad(MAX_LOAD + 3)),
                // several rules at once: the first in the enum's order is reported
                refused(
                        Refusal.SAME_ORGANIZATION,
                        target("A1").organization("ORG-1").declined("R1"),
                        candidate("R1").organization("ORG-1").openLoad(MAX_LOAD)),
                refused(
                        Refusal.DECLINED_BEFORE,
                        target("A1").declined("R1").assigned("R1"),
                        candidate("R1").openLoad(MAX_LOAD)));
    }

    private static Arguments refused(Refusal refusal, TargetBuilder target, CandidateBuilder candidate) {
        return Arguments.of(refusal, target.build(), candidate.build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPairs")
    void refusal_namesTheRule_whenItForbidsThePair(Refusal expected, Target target, Candidate candidate) {
        assertThat(AssignmentPolicy.refusal(target, candidate, MAX_LOAD)).contains(expected);
    }

    static Stream<Arguments> allowedPairs() {
        return Stream.of(
                Arguments.of(
                        "other organization",
                        target("A1").organization("ORG-1"),
                        candidate("R1").organization("ORG-2")),
                Arguments.of(
                        "reviewer without organization",
                        target("A1"),
                        candidate("R1").organization(null)),
                Arguments.of(
                        "conflicts elsewhere",
                        target("A1").organization("ORG-1"),
                        candidate("R1").conflictOrganizations("ORG-2").conflictAchievements("A2")),
                Arguments.of(
                        "others declined or assigned",
                        target("A1").declined("R2").assigned("R3"),
                        candidate("R1")),
                Arguments.of("one below the cap", target("A1"), candidate("R1").openLoad(MAX_LOAD - 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedPairs")
    void refusal_isEmpty_whenNoRuleForbidsThePair(String situation, TargetBuilder target, CandidateBuilder candidate) {
        assertThat(AssignmentPolicy.refusal(target.build(), candidate.build(), MAX_LOAD))
                .isEmpty();
    }

    @Test
    void refusal_ignoresOrganization_whenTheAchievementHasNone() {
        Target target = target("A1").organization(null).build();
        Candidate candidate = candidate("R1").organization(null).build();

        assertThat(AssignmentPolicy.refusal(target, candidate, MAX_LOAD)).isEmpty();
    }
}
