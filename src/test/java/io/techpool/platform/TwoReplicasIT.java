package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.techpool.AppProcess;
import io.techpool.AppServices;
import io.techpool.FakeSmtp;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged app against one database, one search node and one mail server, with every
 * scheduled job running every second on both: each reminder, expiry, message mail and alert goes out once
 * (the jobs' leases and the mail outbox), and a request made while the mail server is down is kept and its mail
 * sent once the server is back.
 */
class TwoReplicasIT {

    private static AppServices services;
    private static FakeSmtp smtp;
    private static AppProcess first;
    private static AppProcess second;

    /** A published pool entry whose team has an address of its own. */
    private static String entry;

    private static String teamEmail;
    private static String owner;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        services = AppServices.start("two-replicas");
        smtp = FakeSmtp.start(EmbeddedOpenSearch.freePort());
        Map<String, String> settings = services.settings();
        settings.put("quarkus.mailer.mock", "false");
        settings.put("quarkus.mailer.host", "127.0.0.1");
        settings.put("quarkus.mailer.port", Integer.toString(smtp.port()));
        settings.put("quarkus.mailer.start-tls", "DISABLED");
        settings.put("techpool.rate-limit.per-minute", "100000");
        // Every job every second on both replicas; minutes of waiting become seconds.
        settings.put("techpool.mail.check-every", "1s");
        settings.put("techpool.mail.retry-after", "1s");
        settings.put("techpool.mail.retry-max", "3s");
        settings.put("techpool.matchmaking.check-every", "1s");
        settings.put("techpool.matchmaking.remind-after", "8s");
        settings.put("techpool.matchmaking.expire-after", "20s");
        settings.put("techpool.review.reminder-check-every", "1s");
        settings.put("techpool.review.reminder-lead", "1d");
        settings.put("techpool.pool.alert-check-every", "1s");
        first = AppProcess.start(services.work(), "first", settings);
        second = AppProcess.start(services.work(), "second", settings);
        RestAssured.port = first.port();

        owner = Fixtures.organization();
        teamEmail = Fixtures.uniqueName("team") + "@example.org";
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "高温超导电缆接头", "en", "High-temperature superconducting cable joint"));
        body.put("contact", new HashMap<>(Map.of("name", "赵敏", "phone", "+86 931 8912000", "email", teamEmail)));
        entry = Fixtures.submitted(owner, body);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(owner);
        }
        Fixtures.publishRound(Map.of(entry, 90));
    }

    @AfterAll
    static void stopAll() {
        AppServices.closeAll(second, first, smtp, services);
    }

    @Test
    void aMatchRequestWhileMailIsDown_isKept_andItsMailSentOnceWhenMailReturns() throws Exception {
        String investor = Fixtures.uniqueName("inv");
        String subject = "新的对接请求";
        await().atMost(Duration.ofSeconds(30)).until(() -> unsentFor(teamEmail) == 0);
        long before = smtp.deliveredTo(teamEmail, subject);
        smtp.down();
        String id;
        try {
            id = as(investorToken(investor))
                    .body(Map.of("message", "邮件服务器停了也要收到。"))
                    .post("/api/v1/pool/" + entry + "/match-requests")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().port(second.port())
                    .auth()
                    .oauth2(investorToken(investor))
                    .get("/api/v1/match-requests/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("REQUESTED"));
            String request = id;
            // Tried (and failed) on each of a couple of attempts, the mail waits in the outbox.
            await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(request) >= 2);
        } finally {
            smtp.up();
        }
        long up = System.nanoTime();

        await().atMost(Duration.ofSeconds(60)).until(() -> smtp.deliveredTo(teamEmail, subject) == before + 1);
        System.out.printf(
                "SMTP outage: request kept (201), mail delivered once %d ms after the mail server returned%n",
                (System.nanoTime() - up) / 1_000_000);
        await().during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(10))
                .until(() -> smtp.deliveredTo(teamEmail, subject) == before + 1);
        // One row for it, sent (its reminder and expiry, which also name it, come later and are other rows).
        assertThat(count(
                        "select count(*) from mail_outbox where body like ? and subject like ? and sent_at is not null",
                        "%" + id + "%",
                        "%" + subject + "%"))
                .isEqualTo(1);
    }

    @Test
    void jobsOnBothReplicas_mailEachReminderExpiryMessageAndAlertOnce() throws Exception {
        // A saved search, before anything matches it.
        String searcher = Fixtures.uniqueName("inv");
        given().port(second.port())
                .auth()
                .oauth2(Tokens.token(searcher, "investor", null))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "钠电", "criteria", Map.of("q", "钠离子")))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201);

        // Reviewers with open assignments in a round whose deadline is within the reminder lead.
        String expertOrg = Fixtures.organization();
        List<String> reviewers = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String username = Fixtures.uniqueName("rev");
            reviewers.add(username);
            panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
        }
        String institution = Fixtures.organization();
        for (int i = 0; i < 3; i++) {
            Fixtures.submitted(institution);
        }
        String dueRound = Fixtures.round(panel, java.time.OffsetDateTime.now().plusHours(12));
        Fixtures.closeRegistration(dueRound);
        Fixtures.assign(dueRound);

        // Requests: three left unanswered (reminded, then expired), one accepted and written on.
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String investor = Fixtures.uniqueName("inv");
            waiting.add(investor);
            requestOn(investor);
        }
        String talker = Fixtures.uniqueName("inv");
        String talk = requestOn(talker);
        given().port(second.port())
                .auth()
                .oauth2(Tokens.institution(owner))
                .post("/api/v1/match-requests/" + talk + "/accept")
                .then()
                .statusCode(200);
        as(investorToken(talker))
                .body(Map.of("text", "我们下周可以来访。"))
                .post("/api/v1/match-requests/" + talk + "/messages")
                .then()
                .statusCode(201);

        // A new pool entry matching the saved search.
        String sodium = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "钠离子电池正极材料", "en", "Sodium-ion battery cathode"));
        String star = Fixtures.submitted(sodium, body);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(sodium);
        }
        Fixtures.publishRound(Map.of(star, 90));

        Map<String, Long> expected = new LinkedHashMap<>();
        for (String investor : waiting) {
            expected.put(investor + "@example.org|对接请求已过期", 1L);
        }
        expected.put(talker + "@example.org|对接请求已过期", 0L);
        expected.put(teamEmail + "|对接新消息", 1L);
        expected.put(searcher + "@example.org|「钠电」有 1 项新成果", 1L);
        for (String reviewer : reviewers) {
            boolean assigned = !Fixtures.reviewsOf(reviewer, expertOrg).isEmpty();
            expected.put(reviewer + "@example.org|评审提醒", assigned ? 1L : 0L);
        }
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> delivered(expected.keySet()).equals(expected)
                        && reminded(waiting.size()) == smtp.deliveredTo(teamEmail, "对接请求待答复"));
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum())
                .as("reviewers assigned")
                .isGreaterThan(5);
        // Both replicas go on running every job every second: nothing goes out a second time.
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(15))
                .until(() -> delivered(expected.keySet()).equals(expected)
                        && reminded(waiting.size()) == smtp.deliveredTo(teamEmail, "对接请求待答复"));
        assertThat(abandoned()).isZero();
        System.out.printf("Two replicas, every job every second on both: %s%n", delivered(expected.keySet()));
    }

    private static String requestOn(String investor) {
        return as(investorToken(investor))
                .body(Map.of("message", "你好"))
                .post("/api/v1/pool/" + entry + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String investorToken(String username) {
        return Tokens.token(username, "investor", "VC-" + Math.abs(username.hashCode() % 1000));
    }

    /** Deliveries per "recipient|subject part". */
    private static Map<String, Long> delivered(Iterable<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : keys) {
            String[] parts = key.split("\\|", 2);
            counts.put(key, smtp.deliveredTo(parts[0], parts[1]));
        }
        return counts;
    }

    /** Requests on the team's entry that were reminded, at least {@code atLeast} of them. */
    private static long reminded(int atLeast) throws SQLException {
        long reminded = count(
                "select count(*) from match_request where entry_id = ? and reminded_at is not null",
                UUID.fromString(entry));
        return reminded >= atLeast ? reminded : -1;
    }

    private static long failedAttempts(String request) throws SQLException {
        return count(
                "select coalesce(sum(attempts), 0) from mail_outbox where body like ? and sent_at is null"
                        + " and last_error is not null",
                "%" + request + "%");
    }

    private static long unsentFor(String recipient) throws SQLException {
        return count(
                "select count(*) from mail_outbox where recipient = ? and sent_at is null and abandoned_at is null",
                recipient);
    }

    private static long abandoned() throws SQLException {
        return count("select count(*) from mail_outbox where abandoned_at is not null");
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        services.postgres().jdbcUrl(), services.postgres().username(), null);
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
