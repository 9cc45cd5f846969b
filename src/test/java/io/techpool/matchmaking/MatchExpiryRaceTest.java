package io.techpool.matchmaking;

import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investor;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static io.techpool.matchmaking.MatchFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Outbox;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owner accepting while the expiry job runs: one of them wins, never both, and the investor hears only of it. */
@QuarkusTest
class MatchExpiryRaceTest {

    @Inject
    MatchmakingJobs jobs;

    @Inject
    EntityManager em;

    @Inject
    MockMailbox mailbox;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void anAnswerInProgress_isNotExpired() throws Exception {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = request(investor, pool.entry, "你好");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The owner's answer, as the accept call holds it: the request's row locked until it commits.
        Future<?> answer =
                threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("select id from match_request where id = :id for update")
                            .setParameter("id", UUID.fromString(id))
                            .getResultList();
                    locked.countDown();
                    await().atMost(Duration.ofSeconds(30)).until(() -> release.getCount() == 0);
                }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        jobs.sweep(OffsetDateTime.now().plusDays(31));
        release.countDown();
        answer.get(30, TimeUnit.SECONDS);

        assertThat(status(investor, id).getString("status")).isEqualTo("REQUESTED");
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200);
        jobs.sweep(OffsetDateTime.now().plusDays(31));
        assertThat(status(investor, id).getList("history.to", String.class)).containsExactly("REQUESTED", "ACCEPTED");
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(investor + "@example.org")).isNullOrEmpty();
    }

    @Test
    void anAnswerDuringAnExpiry_waitsForIt_andIsRefused() throws Exception {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = request(investor, pool.entry, "你好");
        CountDownLatch expired = new CountDownLatch(1);
        // The expiry's transaction stays open until the answer is seen waiting for the row.
        Future<?> expiry =
                threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    jobs.sweep(OffsetDateTime.now().plusDays(31));
                    expired.countDown();
                    await().atMost(Duration.ofSeconds(30)).until(this::someoneWaitsForARowLock);
                }));
        assertThat(expired.await(30, TimeUnit.SECONDS)).isTrue();

        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        expiry.get(30, TimeUnit.SECONDS);

        assertThat(status(investor, id).getList("history.to", String.class)).containsExactly("REQUESTED", "EXPIRED");
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(investor + "@example.org")).hasSize(1);
    }

    @Test
    void acceptRacingExpiry_oneWins_neverBoth() throws Exception {
        MatchFixtures pool = MatchFixtures.shared();
        List<String> investors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String investor = investor();
            String id = request(investor, pool.entry, "你好");
            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> answer = threads.submit(() -> {
                go.await();
                return caller(Tokens.institution(pool.owner))
                        .post("/api/v1/match-requests/" + id + "/accept")
                        .statusCode();
            });
            Future<?> sweep = threads.submit(() -> {
                go.await();
                return jobs.sweep(OffsetDateTime.now().plusDays(31));
            });
            go.countDown();
            sweep.get(60, TimeUnit.SECONDS);
            answer.get(60, TimeUnit.SECONDS);
            investors.add(investor);
            ids.add(id);
            answers.add(answer);
        }
        Outbox.awaitSent();
        for (int i = 0; i < ids.size(); i++) {
            List<String> history = status(investors.get(i), ids.get(i)).getList("history.to", String.class);
            int mailed = mailbox.getMailsSentTo(investors.get(i) + "@example.org") == null
                    ? 0
                    : mailbox.getMailsSentTo(investors.get(i) + "@example.org").size();
            if (answers.get(i).get() == 200) {
                assertThat(history).as("accepted").containsExactly("REQUESTED", "ACCEPTED");
                assertThat(mailed).as("no expiry mail for an accepted request").isZero();
            } else {
                assertThat(answers.get(i).get()).isEqualTo(409);
                assertThat(history).as("expired").containsExactly("REQUESTED", "EXPIRED");
                assertThat(mailed).as("one expiry mail").isEqualTo(1);
            }
        }
    }

    private boolean someoneWaitsForARowLock() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                                        .getSingleResult())
                                .intValue()
                        > 0);
    }

    private static JsonPath status(String investor, String id) {
        return caller(investorToken(investor))
                .get("/api/v1/match-requests/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
