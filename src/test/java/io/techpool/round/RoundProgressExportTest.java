package io.techpool.round;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import io.techpool.Workbooks;
import io.techpool.Workbooks.Sheet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/rounds/{id}/progress/export: what an operator chasing late reviews needs, as .xlsx. */
@QuarkusTest
class RoundProgressExportTest {

    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"点击\") 进度导出成果";

    /**
     * One achievement reviewed by hand-picked reviewers (no automatic run, so nobody else's leftovers are
     * assigned): the first submitted, the second declined, the third's review is open past the deadline.
     */
    private record LateRound(String round, String achievement, String owner, String expertOrg, List<String> usernames) {

        static LateRound create() {
            String owner = Fixtures.organization();
            Map<String, Object> body = Fixtures.achievement();
            body.put("title", new HashMap<>(Map.of("zh", FORMULA_TITLE, "en", "-2+3 progress export achievement")));
            String achievement = Fixtures.submitted(owner, body);
            String expertOrg = Fixtures.organization();
            List<String> usernames = new ArrayList<>();
            List<String> panel = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String username = Fixtures.uniqueName("late");
                usernames.add(username);
                panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
            }
            String round = Fixtures.reviewingRound(panel);
            for (String reviewer : panel) {
                as(Tokens.operator())
                        .body(Map.of("reviewerId", reviewer))
                        .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                        .then()
                        .statusCode(200);
            }
            String submitted = Fixtures.reviewOf(usernames.get(0), expertOrg, achievement);
            as(Tokens.token(usernames.get(0), "reviewer", expertOrg))
                    .body(Map.of(
                            "scores", Map.of("market_potential", 80, "economic_value", 70, "technical_content", 75)))
                    .put("/api/v1/reviews/" + submitted)
                    .then()
                    .statusCode(200);
            as(Tokens.token(usernames.get(0), "reviewer", expertOrg))
                    .post("/api/v1/reviews/" + submitted + "/submit")
                    .then()
                    .statusCode(200);
            String declined = Fixtures.reviewOf(usernames.get(1), expertOrg, achievement);
            as(Tokens.token(usernames.get(1), "reviewer", expertOrg))
                    .body(Map.of("reason", "UNAVAILABLE"))
                    .post("/api/v1/reviews/" + declined + "/decline")
                    .then()
                    .statusCode(200);
            Fixtures.reviewDeadline(round, OffsetDateTime.now().minusSeconds(1));
            return new LateRound(round, achievement, owner, expertOrg, usernames);
        }
    }

    @Test
    void export_showsPerAchievementAndPerReviewerWhatIsOverdue_inEnglish() {
        LateRound late = LateRound.create();

        Map<String, Sheet> sheets = Workbooks.download(
                Tokens.operator(), "en", "/api/v1/rounds/" + late.round() + "/progress/export?format=xlsx");

        assertThat(sheets).containsOnlyKeys("Summary", "By achievement", "By reviewer", "Open reviews");
        Sheet summary = sheets.get("Summary");
        assertThat(summary.rowWith(0, "Round status")).containsExactly("Round status", "reviewing");
        assertThat(summary.rowWith(0, "Overdue reviews")).containsExactly("Overdue reviews", "1");
        assertThat(summary.rowWith(0, "Reviewers with overdue reviews"))
                .containsExactly("Reviewers with overdue reviews", "1");

        Sheet byAchievement = sheets.get("By achievement");
        assertThat(byAchievement.header())
                .containsExactly(
                        "Achievement ID",
                        "Registration number",
                        "Title",
                        "Organization code",
                        "Industry division",
                        "Assigned",
                        "Submitted",
                        "Open",
                        "Overdue",
                        "Declined",
                        "Reviews still needed",
                        "Flags");
        List<String> row = byAchievement.rowWith(0, late.achievement());
        assertThat(row.get(1)).matches("[0-9]{12}"); // the registration number given at submission
        assertThat(row.subList(2, 11))
                .containsExactly("-2+3 progress export achievement", late.owner(), "38", "2", "1", "1", "1", "1", "2");
        assertThat(row.get(11)).contains("under-assigned", "a reviewer declined", "too few submitted reviews");
        assertThat(byAchievement.isProtectedText(0, late.achievement(), 2))
                .as("a title starting with - stays text")
                .isTrue();

        Sheet byReviewer = sheets.get("By reviewer");
        assertThat(byReviewer.header())
                .startsWith("Reviewer", "User name", "E-mail", "Reviewer's organization code", "Assigned")
                .contains("Overdue", "Last reminded at");
        assertThat(byReviewer.data().getFirst().get(1))
                .as("the reviewer with an overdue review comes first")
                .isEqualTo(late.usernames().get(2));
        assertThat(byReviewer.rowWith(1, late.usernames().get(2)).subList(2, 9))
                .containsExactly(late.usernames().get(2) + "@example.org", late.expertOrg(), "1", "0", "1", "1", "0");
        assertThat(byReviewer.rowWith(1, late.usernames().get(0)).subList(4, 9))
                .containsExactly("1", "1", "0", "0", "0");
        assertThat(byReviewer.rowWith(1, late.usernames().get(1)).subList(4, 9))
                .containsExactly("0", "0", "0", "0", "1");

        Sheet open = sheets.get("Open reviews");
        assertThat(open.data()).hasSize(1);
        List<String> openRow = open.data().getFirst();
        assertThat(openRow.get(1)).isEqualTo(late.usernames().get(2));
        assertThat(openRow.get(3)).isEqualTo(late.achievement());
        assertThat(openRow.getLast()).isEqualTo("yes");
    }

    @Test
    void export_writesChineseHeaders_keepsFormulaLikeTitlesAsText_andIsAudited() {
        LateRound late = LateRound.create();

        Map<String, Sheet> sheets =
                Workbooks.download(Tokens.operator(), "zh-CN", "/api/v1/rounds/" + late.round() + "/progress/export");

        assertThat(sheets).containsOnlyKeys("概况", "按成果", "按专家", "未完成评审");
        Sheet byAchievement = sheets.get("按成果");
        assertThat(byAchievement.header()).startsWith("成果编号", "登记号", "成果名称", "单位代码");
        assertThat(byAchievement.rowWith(0, late.achievement()).get(2)).isEqualTo(FORMULA_TITLE);
        assertThat(byAchievement.isProtectedText(0, late.achievement(), 2))
                .as("a title starting with = is text, never a formula")
                .isTrue();
        assertThat(sheets.get("未完成评审").data().getFirst().getLast()).isEqualTo("是");
        as(Tokens.operator())
                .queryParam("action", "round.export-progress")
                .queryParam("subject", late.round())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void export_isForOperatorsOnly() {
        String round = Fixtures.reviewingRound(List.of());
        String path = "/api/v1/rounds/" + round + "/progress/export";
        as(Tokens.institution(Fixtures.organization())).get(path).then().statusCode(403);
        as(Tokens.reviewer(Fixtures.organization())).get(path).then().statusCode(403);
        as(Tokens.investor("VC1")).get(path).then().statusCode(403);
        io.restassured.RestAssured.given().get(path).then().statusCode(401);
    }

    @Test
    void export_ofAnUnknownRound_is404_andAnotherFormat_is400() {
        as(Tokens.operator())
                .get("/api/v1/rounds/" + java.util.UUID.randomUUID() + "/progress/export")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String round = Fixtures.reviewingRound(List.of());
        as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/progress/export?format=csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
