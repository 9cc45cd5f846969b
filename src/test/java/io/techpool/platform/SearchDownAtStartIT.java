package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.techpool.AppProcess;
import io.techpool.Fixtures;
import io.techpool.TestOidcProvider;
import io.techpool.Tokens;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app starts while its search cluster is down (issue 12 #3): it serves everything but searching, and
 * once the cluster answers it creates the indexes and indexes what was written meanwhile, without a restart.
 * Runs the packaged app against a search port where nothing listens until the test starts a node there.
 */
class SearchDownAtStartIT {

    private TestOidcProvider oidc;
    private EmbeddedOpenSearch search;
    private AppProcess app;

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        if (search != null) {
            search.close();
        }
        if (oidc != null) {
            oidc.close();
        }
    }

    @Test
    void theAppStartsWithoutSearch_andIndexesWhatWasWrittenOnceSearchArrives() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "search-down-at-start-");
        int searchPort = EmbeddedOpenSearch.freePort();
        oidc = TestOidcProvider.start();
        System.setProperty("smallrye.jwt.sign.key.location", "privateKey.jwk");
        System.setProperty("smallrye.jwt.new-token.issuer", oidc.issuer());
        app = AppProcess.start(
                work,
                "app",
                Map.of(
                        "quarkus.oidc.auth-server-url",
                        oidc.issuer(),
                        "quarkus.hibernate-search-orm.elasticsearch.hosts",
                        "127.0.0.1:" + searchPort));
        RestAssured.port = app.port();
        assertThat(given().get("/q/health/well").statusCode()).isEqualTo(503);

        // Registration needs only the database.
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);
        given().get("/api/v1/pool").then().statusCode(503).header("Retry-After", "30");

        search = EmbeddedOpenSearch.start(
                Path.of("embedded-opensearch", "target", "lib"),
                work.resolve("opensearch"),
                searchPort,
                work.resolve("opensearch.log"));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> given().get("/q/health/well").statusCode() == 200);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    List<String> ids = as(Tokens.institution(org))
                            .queryParam("q", "光伏") // with q the list is a search of the index
                            .get("/api/v1/achievements")
                            .then()
                            .extract()
                            .path("items.id");
                    return ids != null && ids.contains(id);
                });
        given().get("/api/v1/pool").then().statusCode(200);
    }
}
