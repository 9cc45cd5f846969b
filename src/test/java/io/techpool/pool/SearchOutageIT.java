package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
import io.techpool.AppProcess;
import io.techpool.Fixtures;
import io.techpool.TestOidcProvider;
import io.techpool.Tokens;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import io.techpool.platform.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Index and database never disagree for long: a round published while the search node is down
 * reaches the pool index once the node is back, without anyone re-running anything (the outbox).
 * Runs the packaged app against a search node this test stops and starts.
 */
class SearchOutageIT {

    private TestOidcProvider oidc;
    private EmbeddedOpenSearch search;
    private Process app;
    private AppProcess replica;
    private EmbeddedPostgresServer postgres;

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.destroyForcibly();
        }
        if (replica != null) {
            replica.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (search != null) {
            search.close();
        }
        if (oidc != null) {
            oidc.close();
        }
    }

    @Test
    void aRoundPublishedDuringASearchOutageAppearsInThePoolOnceSearchIsBack() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "search-outage-");
        Path lib = Path.of("embedded-opensearch", "target", "lib");
        int searchPort = EmbeddedOpenSearch.freePort();
        search = EmbeddedOpenSearch.start(lib, work.resolve("opensearch"), searchPort, work.resolve("opensearch.log"));
        oidc = TestOidcProvider.start();
        System.setProperty("smallrye.jwt.sign.key.location", "privateKey.jwk");
        System.setProperty("smallrye.jwt.new-token.issuer", oidc.issuer());
        int port = EmbeddedOpenSearch.freePort();
        app = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-Dtechpool.data-dir=" + work.toAbsolutePath(),
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.oidc.auth-server-url=" + oidc.issuer(),
                        "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=127.0.0.1:" + searchPort,
                        "-jar",
                        System.getProperty("techpool.app.jar"))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile())
                .start();
        RestAssured.port = port;
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(app.isAlive()).as("the app runs; see " + work).isTrue();
                    try {
                        return given().get("/q/health/ready").statusCode() == 200;
                    } catch (Exception notYet) {
                        return false;
                    }
                });
        String owner = Fixtures.organization();
        String star = Fixtures.submitted(owner);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(owner);
        }

        search.close(); // the search node goes away
        String round = Fixtures.publishRound(Map.of(star, 90));
        // Readiness is what the app can still serve: everything but searching (issue 12 #3).
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/health/well").statusCode()).isEqualTo(503);
        given().get("/api/v1/pool")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30");
        given().accept("text/html").get("/pool?q=光伏").then().statusCode(503).contentType(containsString("text/html"));

        search = EmbeddedOpenSearch.start(lib, work.resolve("opensearch"), searchPort, work.resolve("opensearch.log"));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    List<String> ids = given().queryParam("round", round)
                            .get("/api/v1/pool")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("items.id");
                    return ids != null && ids.contains(star);
                });
    }

    /**
     * Issue 12 #4: Hibernate Search gives an index update up (ABORTED) after three retries {@code retry_delay}
     * apart. Here that budget is three seconds and the node stays down while 1,000 achievements are written,
     * far longer; every one of them is searchable within a minute of the node's return, with no one doing
     * anything (AbortedIndexEvents puts the aborted updates back in line).
     */
    @Test
    void writesDuringAnOutageLongerThanTheRetryBudget_areAllSearchableWithinAMinuteOfTheReturn() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "search-outage-long-");
        Path lib = Path.of("embedded-opensearch", "target", "lib");
        int searchPort = EmbeddedOpenSearch.freePort();
        search = EmbeddedOpenSearch.start(lib, work.resolve("opensearch"), searchPort, work.resolve("opensearch.log"));
        postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), EmbeddedOpenSearch.freePort());
        oidc = TestOidcProvider.start();
        System.setProperty("smallrye.jwt.sign.key.location", "privateKey.jwk");
        System.setProperty("smallrye.jwt.new-token.issuer", oidc.issuer());
        replica = AppProcess.start(
                work,
                "app",
                Map.of(
                        "quarkus.datasource.jdbc.url",
                        postgres.jdbcUrl(),
                        "quarkus.datasource.username",
                        postgres.username(),
                        "quarkus.hibernate-search-orm.elasticsearch.hosts",
                        "127.0.0.1:" + searchPort,
                        "quarkus.oidc.auth-server-url",
                        oidc.issuer(),
                        "quarkus.hibernate-orm.unsupported-properties.\"hibernate.search.coordination.event_processor.retry_delay\"",
                        "1",
                        "techpool.search.requeue-aborted-every",
                        "2s"));
        RestAssured.port = replica.port();
        String org = Fixtures.organization();
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "高效光伏电池材料", "en", "Photovoltaic cell materials " + word));

        search.close(); // the search node goes away
        int writes = 1000;
        for (int i = 0; i < writes; i++) {
            Fixtures.draft(org, body); // 201 each: nothing is refused while search is down
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> aborted() > 0); // the outage outlasted the retry budget
        long abortedBeforeReturn = aborted();

        search = EmbeddedOpenSearch.start(lib, work.resolve("opensearch"), searchPort, work.resolve("opensearch.log"));
        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> searchable(org, word) == writes);
        long converged = (System.nanoTime() - back) / 1_000_000;
        assertThat(aborted()).isZero();
        System.out.printf(
                "Search outage: %d writes, %d index updates aborted before the node returned, all %d searchable %d ms"
                        + " after it returned%n",
                writes, abortedBeforeReturn, writes, converged);
    }

    private static long searchable(String org, String word) {
        Object total = given().auth()
                .oauth2(Tokens.institution(org))
                .queryParam("q", word)
                .queryParam("size", 1)
                .get("/api/v1/achievements")
                .then()
                .extract()
                .path("total");
        return total instanceof Number n ? n.longValue() : -1;
    }

    private long aborted() throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), null);
                ResultSet result = db.createStatement()
                        .executeQuery("select count(*) from hsearch_outbox_event where status = 'ABORTED'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
