package io.techpool;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's concurrency suite against the real HTTP stack: many callers released at once by one latch.
 * Nothing is lost (the database holds exactly what each caller was told it saved), a conflict is a 409,
 * never a 500. Figures in docs/reliability.md ("Concurrency").
 */
@QuarkusTest
class ConcurrencyTest {

    static final int REVIEWERS = 50;
    static final int ACHIEVEMENTS = 10;
    static final int RACED_SHEETS = 10;
    static final int INVESTORS = 50;
    static final int TWICE = 10;

    /** One answer of a raced call: status and body. */
    record Answer(int status, String body, String contentType) {
        static Answer of(Response r) {
            return new Answer(r.statusCode(), r.asString(), r.contentType());
        }
    }

    /** Runs every call on its own thread, all released together; answers in the order of the calls. */
    static List<Answer> race(List<Callable<Response>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return Answer.of(call.call());
                }));
            }
            ready.await();
            long began = System.nanoTime();
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            Log.infof(
                    "race of %d calls took %d ms, answers by status %s",
                    calls.size(),
                    Duration.ofNanos(System.nanoTime() - began).toMillis(),
                    new java.util.TreeMap<>(answers.stream()
                            .collect(java.util.stream.Collectors.groupingBy(
                                    Answer::status, java.util.stream.Collectors.counting()))));
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    static void noServerErrors(List<Answer> answers) {
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isLessThan(500));
    }

    static void conflictsAreProblems(List<Answer> answers) {
        answers.stream()
                .filter(a -> a.status() == 409)
                .forEach(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
    }

    /** Reviewer i's scores: different for each, so a sheet holding another's (or none) shows. */
    static Map<String, Integer> scoresOf(int i) {
        return Map.of("market_potential", i % 101, "economic_value", (i * 7 + 3) % 101, "technical_content", 100 - i);
    }

    @Test
    void fiftyReviewersSavingAndSubmittingAtOnce_loseNothing_andASecondSubmitOrALateSaveOfTheSameSheetIs409()
            throws Exception {
        String owner = Fixtures.organization();
        List<String> achievements = new ArrayList<>();
        for (int a = 0; a < ACHIEVEMENTS; a++) {
            achievements.add(Fixtures.submitted(owner));
        }
        String expertOrg = Fixtures.organization();
        List<String> usernames = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String username = Fixtures.uniqueName("conc");
            usernames.add(username);
            panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
        }
        String round = Fixtures.reviewingRound(panel);
        List<String> sheets = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String achievement = achievements.get(i % ACHIEVEMENTS);
            as(Tokens.operator())
                    .body(Map.of("reviewerId", panel.get(i)))
                    .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                    .then()
                    .statusCode(200);
            sheets.add(Fixtures.reviewOf(usernames.get(i), expertOrg, achievement));
        }

        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String token = Tokens.token(usernames.get(i), "reviewer", expertOrg);
            String sheet = sheets.get(i);
            Map<String, Object> body = Map.of("scores", scoresOf(i), "comment", "评语 " + i);
            saves.add(() -> as(token).body(body).put("/api/v1/reviews/" + sheet));
        }
        List<Answer> saved = race(saves);

        List<Callable<Response>> submits = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String token = Tokens.token(usernames.get(i), "reviewer", expertOrg);
            String sheet = sheets.get(i);
            submits.add(() -> as(token).post("/api/v1/reviews/" + sheet + "/submit"));
        }
        for (int i = 0; i < RACED_SHEETS; i++) {
            String token = Tokens.token(usernames.get(i), "reviewer", expertOrg);
            String sheet = sheets.get(i);
            submits.add(() -> as(token).post("/api/v1/reviews/" + sheet + "/submit"));
        }
        // A late change racing the submits: saved before them (and then submitted) or refused after.
        for (int i = 0; i < RACED_SHEETS; i++) {
            String token = Tokens.token(usernames.get(i), "reviewer", expertOrg);
            String sheet = sheets.get(i);
            Map<String, Object> body = Map.of("scores", scoresOf(i + REVIEWERS), "comment", "改后评语 " + i);
            submits.add(() -> as(token).body(body).put("/api/v1/reviews/" + sheet));
        }
        List<Answer> submitted = race(submits);

        noServerErrors(saved);
        noServerErrors(submitted);
        conflictsAreProblems(submitted);
        assertThat(saved).extracting(Answer::status).containsOnly(200);
        for (int i = 0; i < REVIEWERS; i++) {
            List<Integer> statuses = new ArrayList<>(List.of(submitted.get(i).status()));
            if (i < RACED_SHEETS) {
                statuses.add(submitted.get(REVIEWERS + i).status());
            }
            assertThat(statuses)
                    .as("sheet " + i)
                    .containsExactlyInAnyOrderElementsOf(i < RACED_SHEETS ? List.of(200, 409) : List.of(200));
        }
        for (int i = 0; i < REVIEWERS; i++) {
            var sheet = as(Tokens.operator())
                    .get("/api/v1/reviews/" + sheets.get(i))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            boolean changed = i < RACED_SHEETS
                    && submitted.get(REVIEWERS + RACED_SHEETS + i).status() == 200;
            if (i < RACED_SHEETS) {
                assertThat(submitted.get(REVIEWERS + RACED_SHEETS + i).status()).isIn(200, 409);
            }
            assertThat(sheet.getString("status")).as("sheet " + i).isEqualTo("SUBMITTED");
            assertThat(sheet.getMap("scores"))
                    .as("sheet " + i)
                    .isEqualTo(new HashMap<>(scoresOf(changed ? i + REVIEWERS : i)));
            assertThat(sheet.getString("comment")).isEqualTo((changed ? "改后评语 " : "评语 ") + i);
            assertThat(as(Tokens.operator())
                            .queryParam("action", "review.submit")
                            .queryParam("subject", sheets.get(i))
                            .get("/api/v1/audit")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("total"))
                    .as("audit entries of sheet " + i)
                    .isEqualTo(1);
        }
    }

    @Test
    void fiftyInvestorsRequestingTheSameEntryAtOnce_eachGetTheirRequest() throws Exception {
        String entry = PublishedPool.get().sectionOnly;
        List<String> investors = new ArrayList<>();
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < INVESTORS; i++) {
            String investor = Fixtures.uniqueName("conc-inv");
            investors.add(investor);
            String token = Tokens.token(investor, "investor", null);
            requests.add(() ->
                    as(token).body(Map.of("message", "同时提出的对接请求")).post("/api/v1/pool/" + entry + "/match-requests"));
        }

        List<Answer> answers = race(requests);

        noServerErrors(answers);
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        for (String investor : investors) {
            assertThat(requestsOn(entry, investor)).as(investor).hasSize(1);
        }
    }

    @Test
    void anInvestorRequestingTwiceAtOnce_getsOne201AndOne409_andOneRequest() throws Exception {
        String entry = PublishedPool.get().sectionOnly;
        List<String> investors = new ArrayList<>();
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < TWICE; i++) {
            String investor = Fixtures.uniqueName("conc-twice");
            investors.add(investor);
            String token = Tokens.token(investor, "investor", null);
            for (int copy = 0; copy < 2; copy++) {
                requests.add(() -> as(token)
                        .body(Map.of("message", "重复提交的对接请求"))
                        .post("/api/v1/pool/" + entry + "/match-requests"));
            }
        }

        List<Answer> answers = race(requests);

        noServerErrors(answers);
        conflictsAreProblems(answers);
        for (int i = 0; i < TWICE; i++) {
            assertThat(List.of(
                            answers.get(2 * i).status(), answers.get(2 * i + 1).status()))
                    .as(investors.get(i))
                    .containsExactlyInAnyOrder(201, 409);
            assertThat(requestsOn(entry, investors.get(i))).as(investors.get(i)).hasSize(1);
        }
    }

    @Test
    void aPartyOpeningAnAcceptedRequestManyTimesAtOnce_revealsTheContactOnceInTheAuditLog() throws Exception {
        PublishedPool pool = PublishedPool.get();
        String investor = Fixtures.uniqueName("conc-reveal");
        String token = Tokens.token(investor, "investor", null);
        String request = as(token)
                .body(Map.of("message", "想了解转让条件"))
                .post("/api/v1/pool/" + pool.unrelated + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + request + "/accept")
                .then()
                .statusCode(200);
        List<Callable<Response>> reads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reads.add(() -> as(token).get("/api/v1/match-requests/" + request));
        }

        List<Answer> answers = race(reads);

        noServerErrors(answers);
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        List<Map<String, Object>> reveals = as(Tokens.operator())
                .queryParam("action", "match-request.contact-reveal")
                .queryParam("subject", request)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(reveals)
                .extracting(e -> (Object) ((Map<?, ?>) e.get("actor")).get("username"))
                .containsExactly(investor, "inst-" + pool.owner);
    }

    /** The investor's own requests on {@code entry}, as they list them. */
    private static List<Object> requestsOn(String entry, String investor) {
        List<Map<String, Object>> mine = as(Tokens.token(investor, "investor", null))
                .queryParam("size", 100)
                .get("/api/v1/match-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return mine.stream()
                .filter(r -> entry.equals(r.get("entryId")))
                .map(r -> r.get("id"))
                .toList();
    }
}
