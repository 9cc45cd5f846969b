package io.techpool.round;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import io.techpool.Workbooks;
import io.techpool.Workbooks.Sheet;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/achievements/feedback/export: an institution's feedback of published rounds as .xlsx, exactly what
 * GET /api/v1/achievements/{id}/feedback answers, never who reviewed.
 */
@QuarkusTest
class FeedbackExportTest {

    static final String FORMULA_COMMENT = "=HYPERLINK(\"http://evil.example\",\"点击\") 建议补充中试数据";

    /**
     * The owner's {@code strong} (scored 90, with a comment that looks like a formula) and {@code weak} (50) in a
     * published round, with five fillers of another organization; {@code pending}, submitted later, sits in a round
     * still under review.
     */
    private record Published(
            String owner, String strong, String weak, String pending, String expertOrg, List<String> reviewers) {

        static Published create() {
            String owner = Fixtures.organization();
            String others = Fixtures.organization();
            Map<String, Object> body = Fixtures.achievement();
            body.put("title", new HashMap<>(Map.of("zh", "反馈导出强成果", "en", "Feedback export strong")));
            String strong = Fixtures.submitted(owner, body);
            String weak = Fixtures.submitted(owner);
            Map<String, Integer> scores = new HashMap<>(Map.of(strong, 90, weak, 50));
            for (int i = 0; i < 5; i++) {
                scores.put(Fixtures.submitted(others), 50);
            }
            String expertOrg = Fixtures.organization();
            List<String> reviewers = new ArrayList<>();
            List<String> panel = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String username = Fixtures.uniqueName("fb");
                reviewers.add(username);
                panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
            }
            String round = Fixtures.assignedRound(panel);
            for (int r = 0; r < reviewers.size(); r++) {
                String username = reviewers.get(r);
                for (Map<String, Object> review : Fixtures.reviewsOf(username, expertOrg)) {
                    Integer score = scores.get((String) review.get("achievementId"));
                    if (score == null || !round.equals(review.get("roundId"))) {
                        continue;
                    }
                    Map<String, Object> sheet = new HashMap<>();
                    sheet.put(
                            "scores",
                            Map.of("market_potential", score, "economic_value", score, "technical_content", score));
                    if (strong.equals(review.get("achievementId"))) {
                        sheet.put("comment", r == 0 ? FORMULA_COMMENT : "意见" + r + "：市场前景好");
                    }
                    as(Tokens.token(username, "reviewer", expertOrg))
                            .body(sheet)
                            .put("/api/v1/reviews/" + review.get("id"))
                            .then()
                            .statusCode(200);
                    as(Tokens.token(username, "reviewer", expertOrg))
                            .post("/api/v1/reviews/" + review.get("id") + "/submit")
                            .then()
                            .statusCode(200);
                }
            }
            Fixtures.reviewDeadline(round, OffsetDateTime.now().minusSeconds(1));
            Fixtures.computeAndPublish(round);
            String pending = Fixtures.submitted(owner);
            Fixtures.reviewingRound(List.of());
            return new Published(owner, strong, weak, pending, expertOrg, reviewers);
        }
    }

    @Test
    void export_holdsWhatTheFeedbackAnswers_forReleasedAchievementsOnly_withoutReviewers() {
        Published p = Published.create();
        JsonPath strong = as(Tokens.institution(p.owner()))
                .get("/api/v1/achievements/" + p.strong() + "/feedback")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        as(Tokens.institution(p.owner()))
                .get("/api/v1/achievements/" + p.pending() + "/feedback")
                .then()
                .statusCode(409);

        Map<String, Sheet> sheets = Workbooks.download(
                Tokens.institution(p.owner()), "en", "/api/v1/achievements/feedback/export?format=xlsx");

        assertThat(sheets).containsOnlyKeys("Feedback", "Comments");
        Sheet feedback = sheets.get("Feedback");
        assertThat(feedback.header())
                .containsExactly(
                        "Achievement ID",
                        "Registration number",
                        "Title",
                        "Round",
                        "Selected",
                        "Reason",
                        "Market potential",
                        "Economic value",
                        "Technical content",
                        "Composite",
                        "Percentile",
                        "Cut-off composite",
                        "Flags",
                        "Submitted reviews");
        assertThat(feedback.data()).extracting(r -> r.get(0)).containsExactlyInAnyOrder(p.strong(), p.weak());
        List<String> row = feedback.rowWith(0, p.strong());
        assertThat(row.get(2)).isEqualTo("Feedback export strong");
        assertThat(row.get(3)).isEqualTo(strong.getString("roundName"));
        assertThat(strong.getString("reason")).isEqualTo("SELECTED");
        assertThat(row.get(4)).isEqualTo("yes");
        assertThat(row.get(5)).isEqualTo("selected");
        assertThat(new BigDecimal(row.get(6))).isEqualByComparingTo("90");
        assertThat(new BigDecimal(row.get(9))).isEqualByComparingTo(strong.getString("composite"));
        assertThat(new BigDecimal(row.get(10))).isEqualByComparingTo(strong.getString("percentile"));
        assertThat(row.get(13)).isEqualTo(String.valueOf(strong.getInt("submittedReviews")));
        assertThat(feedback.rowWith(0, p.weak()).get(4)).isEqualTo("no");

        Sheet comments = sheets.get("Comments");
        assertThat(comments.header())
                .containsExactly("Achievement ID", "Registration number", "Title", "Comment (anonymous)");
        assertThat(comments.data()).extracting(r -> r.get(3)).containsExactlyElementsOf(strong.getList("comments"));
        assertThat(comments.data()).extracting(r -> r.get(3)).contains(FORMULA_COMMENT);
        assertThat(sheets.values().stream().flatMap(s -> s.rows().stream()).flatMap(List::stream))
                .noneMatch(cell -> p.reviewers().stream().anyMatch(cell::contains))
                .noneMatch(cell -> cell.contains("@example.org"))
                .noneMatch(cell -> cell.contains(p.expertOrg()));
    }

    @Test
    void export_inChinese_keepsFormulaLikeCommentsAsText_andIsAudited() {
        Published p = Published.create();

        Map<String, Sheet> sheets =
                Workbooks.download(Tokens.institution(p.owner()), "zh-CN", "/api/v1/achievements/feedback/export");

        assertThat(sheets).containsOnlyKeys("评审反馈", "评审意见");
        assertThat(sheets.get("评审反馈").header()).startsWith("成果编号", "登记号", "成果名称", "评审轮次", "入池", "原因");
        List<String> row = sheets.get("评审反馈").rowWith(0, p.strong());
        assertThat(List.of(row.get(2), row.get(4), row.get(5))).containsExactly("反馈导出强成果", "是", "入选");
        Sheet comments = sheets.get("评审意见");
        assertThat(comments.header()).containsExactly("成果编号", "登记号", "成果名称", "评审意见（匿名）");
        assertThat(comments.isProtectedText(3, FORMULA_COMMENT, 3))
                .as("a comment starting with = is text, never a formula")
                .isTrue();
        as(Tokens.operator())
                .queryParam("action", "achievement.export-feedback")
                .queryParam("subject", p.owner())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void export_ofAnOrganizationWithoutReleasedFeedback_holdsOnlyTheHeaders() {
        String owner = Fixtures.organization();
        Fixtures.submitted(owner);
        Map<String, Sheet> sheets =
                Workbooks.download(Tokens.institution(owner), "en", "/api/v1/achievements/feedback/export");
        assertThat(sheets.get("Feedback").data()).isEmpty();
        assertThat(sheets.get("Comments").data()).isEmpty();
    }

    @Test
    void export_isForInstitutionsOfARegisteredOrganization() {
        String path = "/api/v1/achievements/feedback/export";
        as(Tokens.operator()).get(path).then().statusCode(403);
        as(Tokens.reviewer(Fixtures.organization())).get(path).then().statusCode(403);
        as(Tokens.investor("VC1")).get(path).then().statusCode(403);
        as(Tokens.institution("NOSUCHORG")).get(path).then().statusCode(403);
        RestAssured.given().get(path).then().statusCode(401);
        as(Tokens.institution(Fixtures.organization()))
                .get(path + "?format=csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
