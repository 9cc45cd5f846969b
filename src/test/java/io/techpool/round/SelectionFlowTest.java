package io.techpool.round;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compute, simulate, publish, feedback, revise and report on a round whose every score is known. */
@QuarkusTest
class SelectionFlowTest {

    /** Every reviewer gives each achievement the same score on all three dimensions: composites are exact. */
    private static final int[] SCORES = {90, 70, 50, 65, 62};

    @Inject
    EntityManager em;

    private String owner;
    private String expertOrg;
    private final List<String> achievements = new ArrayList<>();
    private final List<String> reviewers = new ArrayList<>();
    private String round;

    @BeforeEach
    void aRoundWithFiveAchievementsAndFiveReviewers() {
        owner = Fixtures.organization();
        expertOrg = Fixtures.organization();
        achievements.clear();
        reviewers.clear();
        for (int i = 0; i < SCORES.length; i++) {
            Map<String, Object> body = Fixtures.achievement();
            body.put("title", Map.of("zh", "成果" + i));
            achievements.add(Fixtures.submitted(owner, body));
        }
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String username = Fixtures.uniqueName("sel");
            reviewers.add(username);
            panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
        }
        round = Fixtures.assignedRound(panel);
    }

    private void everyoneSubmits() {
        for (String username : reviewers) {
            for (int i = 0; i < SCORES.length; i++) {
                String review = Fixtures.reviewOf(username, expertOrg, achievements.get(i));
                int s = SCORES[i];
                as(Tokens.token(username, "reviewer", expertOrg))
                        .body(Map.of(
                                "scores",
                                Map.of("market_potential", s, "economic_value", s, "technical_content", s),
                                "comment",
                                "意见" + i + "：" + username.substring(0, 3)))
                        .put("/api/v1/reviews/" + review)
                        .then()
                        .statusCode(200);
                as(Tokens.token(username, "reviewer", expertOrg))
                        .post("/api/v1/reviews/" + review + "/submit")
                        .then()
                        .statusCode(200);
            }
        }
    }

    /** Every review is in, then the round is computed and published. */
    private void everyoneSubmitsAndTheRoundIsPublished() {
        everyoneSubmits();
        Fixtures.computeAndPublish(round);
    }

    private Map<String, Object> entry(JsonPath answer, String achievement) {
        List<Map<String, Object>> ranking = answer.getList("ranking");
        return ranking.stream()
                .filter(r -> achievement.equals(r.get("achievementId")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void compute_returns409_whileReviewsAreOpenBeforeTheDeadline() {
        as(Tokens.operator())
                .header("Accept-Language", "en")
                .post("/api/v1/rounds/" + round + "/compute")
                .then()
                .statusCode(409)
                .body("detail", containsString("reviews are still open"));
    }

    @Test
    void compute_ranksAndSelectsTheBest_withinTheCapacity() {
        everyoneSubmits();
        JsonPath answer = as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/compute")
                .then()
                .statusCode(200)
                .body("simulation", equalTo(false))
                .body("rulesId", equalTo("default"))
                .body("inputDigest", notNullValue())
                .extract()
                .jsonPath();
        Map<String, Object> best = entry(answer, achievements.get(0));
        assertThat(best.get("eligible")).isEqualTo(true);
        assertThat(best.get("rank")).isEqualTo(1);
        assertThat(best.get("selected")).isEqualTo(true);
        assertThat(best.get("reason")).isEqualTo("SELECTED");
        assertThat(new java.math.BigDecimal(best.get("composite").toString())).isEqualByComparingTo("90");
        assertThat(entry(answer, achievements.get(2)).get("selected")).isEqualTo(false);
        int n = answer.getInt("N");
        assertThat(answer.getInt("capacity")).isEqualTo(n / 5);
        assertThat(answer.getList("pool")).hasSizeLessThanOrEqualTo(n / 5);
    }

    @Test
    void feedback_returns409_beforePublication() {
        everyoneSubmits();
        Fixtures.compute(round);
        as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + achievements.get(0) + "/feedback")
                .then()
                .statusCode(409);
    }

    @Test
    void publish_putsTheSelectedIntoThePool_andMarksTheRestNotSelected() {
        everyoneSubmits();
        Fixtures.compute(round);
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + achievements.get(0))
                .then()
                .body("status", equalTo("IN_POOL"));
        as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + achievements.get(2))
                .then()
                .body("status", equalTo("NOT_SELECTED"));
    }

    @Test
    void publish_returns409_whenAlreadyPublished() {
        everyoneSubmitsAndTheRoundIsPublished();
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/publish")
                .then()
                .statusCode(409);
    }

    @Test
    void feedback_showsScoresAndComments_withoutReviewerNames_afterPublication() {
        everyoneSubmitsAndTheRoundIsPublished();
        String feedback = as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + achievements.get(2) + "/feedback")
                .then()
                .statusCode(200)
                .body("selected", equalTo(false))
                .body("aggregates.technical_content", equalTo(50.0f))
                .body("comments", hasItem(containsString("意见2")))
                .body("submittedReviews", equalTo(5))
                .extract()
                .asString();
        assertThat(feedback).doesNotContain(reviewers.get(0)).doesNotContain(reviewers.get(1));
    }

    @Test
    void feedback_returns404_forAnotherOrganization() {
        everyoneSubmitsAndTheRoundIsPublished();
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/" + achievements.get(2) + "/feedback")
                .then()
                .statusCode(404);
    }

    @Test
    void feedback_returns403_forAReviewer() {
        everyoneSubmitsAndTheRoundIsPublished();
        as(Tokens.token(reviewers.get(0), "reviewer", expertOrg))
                .get("/api/v1/achievements/" + achievements.get(2) + "/feedback")
                .then()
                .statusCode(403);
    }

    @Test
    void simulate_answersAResultOfTheGivenRuleSet() throws Exception {
        everyoneSubmits();
        simulate(sectionZscore())
                .then()
                .statusCode(200)
                .body("simulation", equalTo(true))
                .body("rulesId", equalTo("section-zscore"))
                .body("cutoffComposite", instanceOf(Map.class));
    }

    @Test
    void simulate_storesNothing() throws Exception {
        everyoneSubmits();
        simulate(sectionZscore()).then().statusCode(200);
        as(Tokens.operator()).get("/api/v1/rounds/" + round + "/result").then().statusCode(404);
        as(Tokens.operator()).get("/api/v1/rounds/" + round).then().body("status", equalTo("REVIEWING"));
    }

    @Test
    void simulate_returns400NamingTheField_forABrokenRuleSet() throws Exception {
        everyoneSubmits();
        simulate(sectionZscore().replace("quota: 0.20", "quota: 0.5"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("selection.quota"));
    }

    private static String sectionZscore() throws java.io.IOException {
        return Files.readString(Path.of("scoring-rules", "section-zscore.yaml"));
    }

    private io.restassured.response.Response simulate(String rules) {
        return as(Tokens.operator())
                .contentType("application/yaml")
                .body(rules.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/rounds/" + round + "/simulate");
    }

    @Test
    void aNotSelectedAchievementIsRevisedIntoALinkedDraft_withItsChanges() {
        everyoneSubmitsAndTheRoundIsPublished();
        String notSelected = achievements.get(2);
        as(Tokens.institution(owner))
                .post("/api/v1/achievements/" + achievements.get(0) + "/revise")
                .then()
                .statusCode(409);
        JsonPath draft = as(Tokens.institution(owner))
                .post("/api/v1/achievements/" + notSelected + "/revise")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("previousId", equalTo(notSelected))
                .body("title.zh", equalTo("成果2"))
                .extract()
                .jsonPath();
        String revision = draft.getString("id");
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "成果2（改进版）"));
        body.put("trl", 7);
        body.put("version", draft.getInt("version"));
        as(Tokens.institution(owner))
                .body(body)
                .put("/api/v1/achievements/" + revision)
                .then()
                .statusCode(200);
        as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + revision + "/changes")
                .then()
                .statusCode(200)
                .body("field", hasItem("title"))
                .body("find { it.field == 'trl' }.before", equalTo(6))
                .body("find { it.field == 'trl' }.after", equalTo(7));
        as(Tokens.institution(owner))
                .post("/api/v1/achievements/" + notSelected + "/revise")
                .then()
                .statusCode(409);
        as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + notSelected + "/feedback")
                .then()
                .statusCode(200);
    }

    @Test
    void theReportShowsDistributionsAgreementAndReviewers() {
        everyoneSubmits();
        Fixtures.compute(round);
        JsonPath report = as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/report")
                .then()
                .statusCode(200)
                .body("dimensions.size()", equalTo(3))
                .body("dimensions[0].agreementStatistic", equalTo("Krippendorff's alpha (interval)"))
                .extract()
                .jsonPath();
        // Every reviewer gave the same score to an achievement: perfect agreement.
        assertThat(report.getDouble("dimensions[0].agreement")).isEqualTo(1.0);
        assertThat(report.getList("dimensions[0].histogram")).hasSize(10);
        List<Map<String, Object>> mine = report.getList("reviewers");
        assertThat(mine)
                .filteredOn(r -> reviewers.contains(r.get("username")))
                .hasSize(5)
                .allSatisfy(r -> assertThat(r.get("reviews")).isEqualTo(5));
    }

    @Test
    void report_returns403_forAnInstitution() {
        everyoneSubmits();
        Fixtures.compute(round);
        as(Tokens.institution(owner))
                .get("/api/v1/rounds/" + round + "/report")
                .then()
                .statusCode(403);
    }

    @Test
    void computeIsRefused_whenTheRuleSetChangedBehindAnUnchangedVersion() {
        everyoneSubmits();
        tamperWithTheRoundsRuleSetDigest(UUID.fromString(round));
        as(Tokens.operator())
                .header("Accept-Language", "en")
                .post("/api/v1/rounds/" + round + "/compute")
                .then()
                .statusCode(409)
                .body("detail", containsString("raise its version"));
    }

    /** As if the file behind (default, 1) had been edited after the round was created. */
    void tamperWithTheRoundsRuleSetDigest(UUID id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update review_round set rules_digest = 'changed' where id = :id")
                        .setParameter("id", id)
                        .executeUpdate());
    }

    @Test
    void publish_reindexesTheRoundsAchievements_withTheirConcludedStatus() {
        everyoneSubmitsAndTheRoundIsPublished();

        // Publication concludes the round with one statement; the owner's full-text search must still see it.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    List<String> inPool = searchIds("IN_POOL");
                    List<String> notSelected = searchIds("NOT_SELECTED");
                    assertThat(inPool).containsExactly(achievements.get(0));
                    assertThat(notSelected).hasSize(SCORES.length - 1).doesNotContain(achievements.get(0));
                });
    }

    private List<String> searchIds(String status) {
        return as(Tokens.institution(owner))
                .get("/api/v1/achievements?q=成果&size=50&status=" + status)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
