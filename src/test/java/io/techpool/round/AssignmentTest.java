package io.techpool.round;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic and manual assignment through HTTP: hard rules, preference, load cap, coverage, replacement. */
@QuarkusTest
class AssignmentTest {

    /**
     * One achievement and a panel of nine, assigned automatically: one reviewer of the owner's
     * organization, one with a conflict with it, one with a conflict with the achievement, two experts in
     * its division 38, one in its section only (39) and four of another section (01).
     */
    private record ExpertPanel(
            String round,
            String achievement,
            String sameOrg,
            String conflictOrg,
            String conflictAchievement,
            List<String> division,
            String section) {

        static ExpertPanel assigned() {
            String owner = Fixtures.organization();
            String other = Fixtures.organization();
            String achievement = Fixtures.submitted(owner);
            String sameOrg = Fixtures.reviewer(Fixtures.uniqueName("same"), owner, List.of("38"));
            String conflictOrg =
                    Fixtures.reviewer(Fixtures.uniqueName("corg"), other, List.of("38"), List.of(owner), List.of());
            String conflictAchievement = Fixtures.reviewer(
                    Fixtures.uniqueName("cach"), other, List.of("38"), List.of(), List.of(achievement));
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
            String round = Fixtures.assignedRound(panel);
            return new ExpertPanel(round, achievement, sameOrg, conflictOrg, conflictAchievement, division, section);
        }
    }

    @Test
    void automaticAssignment_neverPicksTheSameOrganizationOrAConflict() {
        ExpertPanel panel = ExpertPanel.assigned();
        List<Object> reviewers = assignments(panel.round(), panel.achievement()).stream()
                .map(a -> a.get("reviewerId"))
                .toList();
        assertThat(reviewers)
                .hasSize(5)
                .doesNotContain(panel.sameOrg(), panel.conflictOrg(), panel.conflictAchievement());
    }

    @Test
    void automaticAssignment_prefersDivisionExperts_thenSectionExperts() {
        ExpertPanel panel = ExpertPanel.assigned();
        List<Map<String, Object>> mine = assignments(panel.round(), panel.achievement());
        List<Object> reviewers = mine.stream().map(a -> a.get("reviewerId")).toList();
        assertThat(reviewers).containsAll(panel.division()).contains(panel.section());
        assertThat(mine)
                .filteredOn(a -> panel.division().contains(a.get("reviewerId")))
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
        String round = Fixtures.assignedRound(List.of(busy));
        as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/progress")
                .then()
                .statusCode(200)
                .body("perReviewer.find { it.reviewerId == '" + busy + "' }.open", equalTo(40));
    }

    /** One achievement assigned to five of a panel of six, after the first of the five declined. */
    private record Declined(String round, String achievement, List<String> panel, String decliner) {

        static Declined afterADecline() {
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
            String round = Fixtures.assignedRound(panel);
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
            return new Declined(round, achievement, panel, panel.get(decliner));
        }
    }

    @Test
    void decline_replacesTheDecliner_withAnotherOfThePanel() {
        Declined declined = Declined.afterADecline();
        List<Map<String, Object>> after = assignments(declined.round(), declined.achievement());
        assertThat(after)
                .filteredOn(a -> !"DECLINED".equals(a.get("status")))
                .extracting(a -> a.get("reviewerId"))
                .hasSize(5)
                .doesNotContain(declined.decliner());
    }

    @Test
    void manualAssignment_returns409_forAReviewerWhoDeclined() {
        Declined declined = Declined.afterADecline();
        as(Tokens.operator())
                .body(Map.of("reviewerId", declined.decliner()))
                .put("/api/v1/rounds/" + declined.round() + "/assignments/" + declined.achievement())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    /** An achievement of a fresh organization in a round under review whose panel is {@code fine}. */
    private record Manual(String round, String owner, String other, String achievement, String fine) {

        static Manual withAFineReviewer() {
            String owner = Fixtures.organization();
            String other = Fixtures.organization();
            String achievement = Fixtures.submitted(owner);
            String fine = Fixtures.reviewer(Fixtures.uniqueName("mfine"), other, List.of("38"));
            return new Manual(Fixtures.reviewingRound(List.of(fine)), owner, other, achievement, fine);
        }

        Response assign(String reviewer) {
            return as(Tokens.operator())
                    .header("Accept-Language", "en")
                    .body(Map.of("reviewerId", reviewer))
                    .put("/api/v1/rounds/" + round + "/assignments/" + achievement);
        }
    }

    @Test
    void manualAssignment_returns409WithTheReason_forTheSameOrganization() {
        Manual manual = Manual.withAFineReviewer();
        String sameOrg = Fixtures.reviewer(Fixtures.uniqueName("msame"), manual.owner(), List.of("38"));
        manual.assign(sameOrg).then().statusCode(409).body("detail", containsString("same organization"));
    }

    @Test
    void manualAssignment_returns409WithTheReason_forADeclaredConflict() {
        Manual manual = Manual.withAFineReviewer();
        String conflict = Fixtures.reviewer(
                Fixtures.uniqueName("mconf"), manual.other(), List.of("38"), List.of(), List.of(manual.achievement()));
        manual.assign(conflict).then().statusCode(409).body("detail", containsString("conflict"));
    }

    @Test
    void manualAssignment_addsTheReviewer() {
        Manual manual = Manual.withAFineReviewer();
        List<Map<String, Object>> added = manual.assign(manual.fine())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        assertThat(added).extracting(a -> a.get("reviewerId")).containsExactly(manual.fine());
    }

    @Test
    void manualAssignment_returns409_whenTheReviewerIsAlreadyAssigned() {
        Manual manual = Manual.withAFineReviewer();
        manual.assign(manual.fine()).then().statusCode(200);
        manual.assign(manual.fine()).then().statusCode(409);
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
