package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
import io.techpool.Fixtures;
import io.techpool.TestOidcProvider;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.destroyForcibly();
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
}
