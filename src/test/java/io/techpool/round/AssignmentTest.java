package io.techpool.round;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic and manual assignment through HTTP: hard rules, preference, load cap, coverage, replacement. */
@QuarkusTest
class AssignmentTest {

    @Test
    void automaticAssignment_neverPicksTheSameOrganizationAConflictOrADecliner_andPrefersExpertise() {
        String owner = Fixtures.organization();
        String other = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        String sameOrg = Fixtures.reviewer(Fixtures.uniqueName("same"), owner, List.of("38"));
        String conflictOrg =
                Fixtures.reviewer(Fixtures.uniqueName("corg"), other, List.of("38"), List.of(owner), List.of());
        String conflictAchievement =
                Fixtures.reviewer(Fixtures.uniqueName("cach"), other, List.of("38"), List.of(), List.of(achievement));
        List<String> division = List.of(
                Fixtures.reviewer(Fixtures.uniqueName("div"), other, List.of("38")),
                Fixtures.reviewer(Fixtures.uniqueName("div"), other, List.of("38", "39")));
        String section = Fixtures.reviewer(Fixtures.uniqueName("sec"), other, List.of("39"));
        List<String> elsewhere = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            elsewhere.add(Fixtures.reviewer(Fixtures.uniqueName("oth"), other, List.of("01")));
        }
        List<String> panel = new ArrayList<>(List.of(sameOrg, conflictOrg, conflictAchievement, section));
        panel.addAll(division);
        panel.addAll(elsewhere);
        String round = Fixtures.reviewingRound(panel);

        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/assignments")
                .then()
                .statusCode(200);

        List<Map<String, Object>> mine = assignments(round, achievement);
        List<Object> reviewers = mine.stream().map(a -> a.get("reviewerId")).toList();
        assertThat(reviewers).hasSize(5).doesNotContain(sameOrg, conflictOrg, conflictAchievement);
        assertThat(reviewers).containsAll(division).contains(section);
        assertThat(mine)
                .filteredOn(a -> division.contains(a.get("reviewerId")))
                .allSatisfy(a -> assertThat(a.get("match")).isEqualTo("DIVISION"));
    }

    @Test
    void automaticAssignment_reportsWhyAchievementsAreNotFullyCovered() {
        String owner = Fixtures.organization();
        String other = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        List<String> panel = List.of(
                Fixtures.reviewer(Fixtures.uniqueName("few"), other, List.of("38")),
                Fixtures.reviewer(Fixtures.uniqueName("few"), other, List.of("38")));
        String round = Fixtures.reviewingRound(panel);
        JsonPath report = as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> shortfalls = report.getList("shortfalls");
        assertThat(shortfalls)
                .filteredOn(s -> achievement.equals(s.get("achievementId")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.get("missing")).isEqualTo(3);
                    assertThat((String) s.get("reason")).isNotBlank();
                });
        assertThat(report.getInt("fullyCovered")).isLessThan(report.getInt("achievements"));
    }

    @Test
    void automaticAssignment_neverExceedsTheLoadCap() {
        String other = Fixtures.organization();
        String owner = Fixtures.organization();
        for (int i = 0; i < 42; i++) {
            Fixtures.submitted(owner);
        }
        String busy = Fixtures.reviewer(Fixtures.uniqueName("busy"), other, List.of("38"));
        String round = Fixtures.reviewingRound(List.of(busy));
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/assignments")
                .then()
                .statusCode(200);
        as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/progress")
                .then()
                .statusCode(200)
                .body("perReviewer.find { it.reviewerId == '" + busy + "' }.open", equalTo(40));
    }

    @Test
    void aDeclinedAssignmentIsReplaced_andTheDeclinerIsNeverAssignedAgain() {
        String owner = Fixtures.organization();
        String other = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        List<String> usernames = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String username = Fixtures.uniqueName("rep");
            usernames.add(username);
            panel.add(Fixtures.reviewer(username, other, List.of("38")));
        }
        String round = Fixtures.reviewingRound(panel);
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/assignments")
                .then()
                .statusCode(200);
        List<Object> before = assignments(round, achievement).stream()
                .map(a -> a.get("reviewerId"))
                .toList();
        assertThat(before).hasSize(5);
        int decliner = panel.indexOf((String) before.getFirst());
        String review = Fixtures.reviewOf(usernames.get(decliner), other, achievement);

        as(Tokens.token(usernames.get(decliner), "reviewer", other))
                .body(Map.of("reason", "UNAVAILABLE", "note", "出差"))
                .post("/api/v1/reviews/" + review + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));

        List<Map<String, Object>> after = assignments(round, achievement);
        assertThat(after)
                .filteredOn(a -> !"DECLINED".equals(a.get("status")))
                .extracting(a -> a.get("reviewerId"))
                .hasSize(5)
                .doesNotContain(panel.get(decliner));
        as(Tokens.operator())
                .body(Map.of("reviewerId", panel.get(decliner)))
                .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void manualAssignment_refusesTheSameOrganizationAndDeclaredConflicts_withTheReason() {
        String owner = Fixtures.organization();
        String other = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        String sameOrg = Fixtures.reviewer(Fixtures.uniqueName("msame"), owner, List.of("38"));
        String conflict =
                Fixtures.reviewer(Fixtures.uniqueName("mconf"), other, List.of("38"), List.of(), List.of(achievement));
        String fine = Fixtures.reviewer(Fixtures.uniqueName("mfine"), other, List.of("38"));
        String round = Fixtures.reviewingRound(List.of(fine));

        as(Tokens.operator())
                .header("Accept-Language", "en")
                .body(Map.of("reviewerId", sameOrg))
                .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(409)
                .body("detail", containsString("same organization"));
        as(Tokens.operator())
                .header("Accept-Language", "en")
                .body(Map.of("reviewerId", conflict))
                .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(409)
                .body("detail", containsString("conflict"));
        List<Map<String, Object>> added = as(Tokens.operator())
                .body(Map.of("reviewerId", fine))
                .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        assertThat(added).extracting(a -> a.get("reviewerId")).containsExactly(fine);
        as(Tokens.operator())
                .body(Map.of("reviewerId", fine))
                .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(409);
    }

    static List<Map<String, Object>> assignments(String round, String achievement) {
        return as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }
}
