package io.techpool.review;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A reviewer's side under races and reused identities: declines, replacements, submissions at the deadline. */
@QuarkusTest
class ReviewHardeningTest {

    @Inject
    DataSource database;

    private static Map<String, Object> fullScores() {
        Map<String, Object> scores = new HashMap<>();
        scores.put("market_potential", 80);
        scores.put("economic_value", 70);
        scores.put("technical_content", 60);
        return Map.of("scores", scores);
    }

    @Test
    void aDeclinedReviewer_nolongerReadsTheAchievementThroughTheReview() {
        String expertOrg = Fixtures.organization();
        String achievement = Fixtures.submitted(Fixtures.organization());
        String alice = Fixtures.uniqueName("alice");
        Fixtures.assignedRound(List.of(Fixtures.reviewer(alice, expertOrg, List.of("38"))));
        String review = Fixtures.reviewOf(alice, expertOrg, achievement);
        var asAlice = as(Tokens.token(alice, "reviewer", expertOrg));
        asAlice.get("/api/v1/reviews/" + review).then().statusCode(200);
        as(Tokens.token(alice, "reviewer", expertOrg))
                .body(Map.of("reason", "UNAVAILABLE"))
                .post("/api/v1/reviews/" + review + "/decline")
                .then()
                .statusCode(200);
        as(Tokens.token(alice, "reviewer", expertOrg))
                .get("/api/v1/reviews/" + review)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.operator()).get("/api/v1/reviews/" + review).then().statusCode(200);
    }

    /**
     * The reviewer declines while the operator replaces the same assignment by hand: they lock the round, then
     * the assignment, in that order, so one goes first and the other answers for what it finds (404: the
     * assignment is gone; 409: it is no longer open). Never a deadlock's 500, never both.
     */
    @Test
    void aDeclineAndAReplacementOfTheSameAssignment_oneWins_theOtherIsTold() throws Exception {
        String expertOrg = Fixtures.organization();
        String owner = Fixtures.organization();
        List<String> achievements =
                IntStream.range(0, 3).mapToObj(i -> Fixtures.submitted(owner)).toList();
        List<String> usernames = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String username = Fixtures.uniqueName("race");
            usernames.add(username);
            panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
        }
        String round = Fixtures.assignedRound(panel);
        for (String achievement : achievements) {
            List<String> assigned = assignments(round, achievement).stream()
                    .map(a -> (String) a.get("reviewerId"))
                    .toList();
            String decliner = assigned.getFirst();
            String spare = panel.stream()
                    .filter(p -> !assigned.contains(p))
                    .findFirst()
                    .orElseThrow();
            String username = usernames.get(panel.indexOf(decliner));
            String review = Fixtures.reviewOf(username, expertOrg, achievement);
            List<Response> answers = all(List.of(
                    () -> as(Tokens.token(username, "reviewer", expertOrg))
                            .body(Map.of("reason", "UNAVAILABLE"))
                            .post("/api/v1/reviews/" + review + "/decline"),
                    () -> as(Tokens.operator())
                            .body(Map.of("reviewerId", spare, "replaces", decliner))
                            .put("/api/v1/rounds/" + round + "/assignments/" + achievement)));
            assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 200 || s == 404 || s == 409);
            assertThat(answers)
                    .extracting(Response::statusCode)
                    .filteredOn(s -> s == 200)
                    .hasSize(1);
            List<Map<String, Object>> after = assignments(round, achievement);
            List<Object> active = after.stream()
                    .filter(a -> !"DECLINED".equals(a.get("status")))
                    .map(a -> a.get("reviewerId"))
                    .toList();
            assertThat(active).doesNotHaveDuplicates().doesNotContain(decliner).contains(spare);
        }
    }

    /**
     * A submission racing the round's computation at the deadline: while the computation holds the round (here a
     * connection holding its row lock, as computeSelection does), the submission waits for it; once the deadline
     * has passed it is refused (409), never accepted and missing from the result.
     */
    @Test
    void aSubmissionWhileTheRoundIsBeingComputed_waits_andIsRefusedOnceTheDeadlinePassed() throws Exception {
        String expertOrg = Fixtures.organization();
        String achievement = Fixtures.submitted(Fixtures.organization());
        String alice = Fixtures.uniqueName("late");
        String round = Fixtures.assignedRound(List.of(Fixtures.reviewer(alice, expertOrg, List.of("38"))));
        String review = Fixtures.reviewOf(alice, expertOrg, achievement);
        String token = Tokens.token(alice, "reviewer", expertOrg);
        as(token).body(fullScores()).put("/api/v1/reviews/" + review).then().statusCode(200);
        try (Connection computing = database.getConnection()) {
            computing.setAutoCommit(false);
            try (PreparedStatement lock =
                    computing.prepareStatement("select id from review_round where id = ?::uuid for update")) {
                lock.setString(1, round);
                lock.executeQuery().close();
            }
            CompletableFuture<Response> submit =
                    CompletableFuture.supplyAsync(() -> as(token).post("/api/v1/reviews/" + review + "/submit"));
            await().atMost(Duration.ofSeconds(30)).until(() -> submit.isDone() || waitingForALock(computing, round));
            try (PreparedStatement deadline = computing.prepareStatement(
                    "update review_terms set review_deadline = now() - interval '1 minute' where round_id = ?::uuid")) {
                deadline.setString(1, round);
                deadline.executeUpdate();
            }
            computing.commit();
            submit.get().then().statusCode(409).contentType("application/problem+json");
        }
        as(token).get("/api/v1/reviews/" + review).then().body("status", equalTo("OPEN"));
    }

    /** Whether a backend other than this one waits for a lock (the submission, queued behind the round's). */
    private static boolean waitingForALock(Connection own, String round) throws Exception {
        try (PreparedStatement waiting = own.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            try (ResultSet rs = waiting.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    @Test
    void reviewersMe_withNamesLongerThanTheColumns_andManyFirstCallsAtOnce_makesOneProfile() throws Exception {
        String username = Fixtures.uniqueName("longrev") + "y".repeat(150);
        String token = Tokens.sign(Tokens.claims(Fixtures.uniqueName("sub"), username, List.of("reviewer"), null)
                .claim("name", "评".repeat(250)));
        List<Response> answers = all(IntStream.range(0, 6)
                .mapToObj(i -> (Callable<Response>) () -> as(token).get("/api/v1/reviewers/me"))
                .toList());
        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(r -> r.<String>path("id"))
                .containsOnly(answers.getFirst().<String>path("id"));
        assertThat(answers.getFirst().<String>path("name")).hasSize(100).endsWith("…");
    }

    @Test
    void aNewReviewerUnderAReusedName_getsANewProfile_andNoneOfTheOthersReviews() {
        String expertOrg = Fixtures.organization();
        String achievement = Fixtures.submitted(Fixtures.organization());
        String username = Fixtures.uniqueName("again");
        String first = Tokens.withSubject(Fixtures.uniqueName("sub-a"), username, "reviewer", expertOrg);
        String second = Tokens.withSubject(Fixtures.uniqueName("sub-b"), username, "reviewer", expertOrg);
        String firstId = as(first)
                .body(Map.of("expertise", List.of("38")))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        Fixtures.assignedRound(List.of(firstId));
        String review = (String) as(first)
                .queryParam("size", 100)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", Map.class)
                .stream()
                .filter(r -> achievement.equals(r.get("achievementId")))
                .findFirst()
                .orElseThrow()
                .get("id");
        as(second)
                .get("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(equalTo(firstId)))
                .body("expertise.size()", equalTo(0));
        as(second).get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(0));
        as(second).get("/api/v1/reviews/" + review).then().statusCode(404);
        as(second).get("/api/v1/achievements/" + achievement).then().statusCode(404);
    }

    @Test
    void myReviews_arePaged() {
        String expertOrg = Fixtures.organization();
        String owner = Fixtures.organization();
        for (int i = 0; i < 3; i++) {
            Fixtures.submitted(owner);
        }
        String alice = Fixtures.uniqueName("paged");
        Fixtures.assignedRound(List.of(Fixtures.reviewer(alice, expertOrg, List.of("38"))));
        var asAlice = Tokens.token(alice, "reviewer", expertOrg);
        long total = as(asAlice)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        as(asAlice)
                .queryParam("size", 2)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2));
        as(asAlice).queryParam("size", 101).get("/api/v1/reviews").then().statusCode(400);
    }

    private static List<Map<String, Object>> assignments(String round, String achievement) {
        return as(Tokens.operator())
                .get("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    private static List<Response> all(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
