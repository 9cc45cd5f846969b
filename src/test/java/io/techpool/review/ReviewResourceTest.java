package io.techpool.review;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.Outbox;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reviewer's side: read blind, save, submit once, deadline, concurrency, reminders. */
@QuarkusTest
class ReviewResourceTest {

    @Inject
    ReviewReminders reminders;

    @Inject
    MockMailbox mailbox;

    private String owner;
    private String expertOrg;
    private String achievement;
    private String alice;
    private String bob;
    private String round;

    @BeforeEach
    void oneAchievementTwoReviewers() {
        owner = Fixtures.organization();
        expertOrg = Fixtures.organization();
        achievement = Fixtures.submitted(owner);
        alice = Fixtures.uniqueName("alice");
        bob = Fixtures.uniqueName("bob");
        String aliceId = Fixtures.reviewer(alice, expertOrg, List.of("38"));
        String bobId = Fixtures.reviewer(bob, expertOrg, List.of("38"));
        round = Fixtures.assignedRound(List.of(aliceId, bobId));
    }

    private io.restassured.specification.RequestSpecification asReviewer(String username) {
        return as(Tokens.token(username, "reviewer", expertOrg));
    }

    private String reviewOf(String username) {
        return Fixtures.reviewOf(username, expertOrg, achievement);
    }

    private static Map<String, Object> scores(Object market, Object economic, Object technical) {
        Map<String, Object> scores = new java.util.HashMap<>();
        scores.put("market_potential", market);
        scores.put("economic_value", economic);
        scores.put("technical_content", technical);
        return Map.of("scores", scores, "comment", "技术路线清晰，产业化前景好。");
    }

    @Test
    void get_showsTheAchievement_withoutContactOrOtherReviewers() {
        String answer = asReviewer(alice)
                .get("/api/v1/reviews/" + reviewOf(alice))
                .then()
                .statusCode(200)
                .body("achievement.title.zh", equalTo("高效光伏电池材料"))
                .body("achievement.contact", nullValue())
                .extract()
                .asString();
        assertThat(answer).doesNotContain("wangfang@example.org").doesNotContain(bob);
    }

    @Test
    void get_showsTheDimensionsScaleAndRubric() {
        String answer = asReviewer(alice)
                .get("/api/v1/reviews/" + reviewOf(alice))
                .then()
                .statusCode(200)
                .body("dimensions", hasSize(3))
                .body("dimensions.key", hasItem("technical_content"))
                .body("scale.max", equalTo(100))
                .extract()
                .asString();
        assertThat(answer).contains("rubric");
    }

    @Test
    void getAchievement_leavesOutTheContact_forTheAssignedReviewer() {
        asReviewer(alice)
                .get("/api/v1/achievements/" + achievement)
                .then()
                .statusCode(200)
                .body("contact", nullValue());
    }

    @Test
    void onlyTheAssignedReviewerAndOperatorsReadAReview() {
        String review = reviewOf(alice);
        String stranger = Fixtures.uniqueName("stranger");
        Fixtures.reviewer(stranger, expertOrg, List.of("38"));
        as(Tokens.token(stranger, "reviewer", expertOrg))
                .get("/api/v1/reviews/" + review)
                .then()
                .statusCode(404);
        as(Tokens.token(stranger, "reviewer", expertOrg))
                .get("/api/v1/achievements/" + achievement)
                .then()
                .statusCode(404);
        as(Tokens.institution(owner)).get("/api/v1/reviews/" + review).then().statusCode(403);
        as(Tokens.operator()).get("/api/v1/reviews/" + review).then().statusCode(200);
        asReviewer(bob)
                .body(scores(80, 70, 60))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(404);
    }

    /** Saves {@code scores} for {@code username}'s review, expecting 200. */
    private void save(String username, String review, Map<String, Object> scores) {
        asReviewer(username)
                .body(scores)
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(200);
    }

    /** Alice's review, saved with 82.5, 75 and 90 and submitted; answers its id. */
    private String submittedReview() {
        String review = reviewOf(alice);
        save(alice, review, scores(82.5, 75, 90));
        asReviewer(alice).post("/api/v1/reviews/" + review + "/submit").then().statusCode(200);
        return review;
    }

    @Test
    void save_keepsAPartialScoring() {
        asReviewer(alice)
                .body(scores(80, null, null))
                .put("/api/v1/reviews/" + reviewOf(alice))
                .then()
                .statusCode(200)
                .body("scores.market_potential", equalTo(80));
    }

    @Test
    void save_returns400NamingTheScore_whenOneIsOutsideTheScale() {
        asReviewer(alice)
                .body(scores(80, 101, 70))
                .put("/api/v1/reviews/" + reviewOf(alice))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scores.economic_value"));
    }

    @Test
    void submit_returns400NamingEveryMissingScore_whenThePartialScoringWasSaved() {
        String review = reviewOf(alice);
        save(alice, review, scores(80, null, null));
        asReviewer(alice)
                .post("/api/v1/reviews/" + review + "/submit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("scores.economic_value"))
                .body("errors.field", hasItem("scores.technical_content"));
    }

    @Test
    void submit_takesTheLastSavedScores_afterSeveralSaves() {
        String review = reviewOf(alice);
        save(alice, review, scores(80, null, null));
        save(alice, review, scores(82.5, 75, 90));
        asReviewer(alice)
                .post("/api/v1/reviews/" + review + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("scores.market_potential", equalTo(82.5f));
    }

    @Test
    void save_returns409AndChangesNothing_whenSubmitted() {
        String review = submittedReview();
        asReviewer(alice)
                .body(scores(10, 10, 10))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        asReviewer(alice).get("/api/v1/reviews/" + review).then().body("scores.technical_content", equalTo(90));
    }

    @Test
    void submit_returns409_whenAlreadySubmitted() {
        String review = submittedReview();
        asReviewer(alice).post("/api/v1/reviews/" + review + "/submit").then().statusCode(409);
    }

    @Test
    void nothingIsSavedOrSubmittedAfterTheDeadline() {
        String review = reviewOf(alice);
        asReviewer(alice)
                .body(scores(80, 80, 80))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(200);
        Fixtures.reviewDeadline(round, OffsetDateTime.now().minusMinutes(1));
        asReviewer(alice)
                .header("Accept-Language", "en")
                .post("/api/v1/reviews/" + review + "/submit")
                .then()
                .statusCode(409)
                .body("detail", containsString("deadline"));
        asReviewer(alice)
                .body(scores(90, 90, 90))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(409);
    }

    @Test
    void concurrentSubmits_loseNothingAndDoubleNothing() throws Exception {
        String aliceReview = reviewOf(alice);
        String bobReview = reviewOf(bob);
        asReviewer(alice)
                .body(scores(80, 70, 60))
                .put("/api/v1/reviews/" + aliceReview)
                .then()
                .statusCode(200);
        asReviewer(bob)
                .body(scores(60, 70, 80))
                .put("/api/v1/reviews/" + bobReview)
                .then()
                .statusCode(200);
        List<Callable<Response>> calls = List.of(
                () -> asReviewer(alice).post("/api/v1/reviews/" + aliceReview + "/submit"),
                () -> asReviewer(alice).post("/api/v1/reviews/" + aliceReview + "/submit"),
                () -> asReviewer(bob).post("/api/v1/reviews/" + bobReview + "/submit"));
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Response> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses.subList(0, 2)).containsExactlyInAnyOrder(200, 409);
        assertThat(statuses.get(2)).isEqualTo(200);
        as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/progress")
                .then()
                .statusCode(200)
                .body("perAchievement.find { it.achievementId == '" + achievement + "' }.submitted", equalTo(2));
    }

    @Test
    void reviewersWithOpenAssignmentsAreRemindedOnce_beforeTheDeadline() {
        Fixtures.reviewDeadline(round, OffsetDateTime.now().plusHours(2));
        String review = reviewOf(bob);
        asReviewer(bob)
                .body(scores(70, 70, 70))
                .put("/api/v1/reviews/" + review)
                .then()
                .statusCode(200);
        asReviewer(bob).post("/api/v1/reviews/" + review + "/submit").then().statusCode(200);
        Outbox.awaitSent();
        mailbox.clear();

        reminders.sendDue();
        reminders.sendDue();

        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(alice + "@example.org"))
                .hasSize(1)
                .first()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).startsWith("【科技成果转化池】评审提醒：");
                    assertThat(mail.getText()).contains("专家您好：", "项评审任务未提交").doesNotContain("Dear");
                });
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(bob + "@example.org")).isNullOrEmpty();
    }
}
