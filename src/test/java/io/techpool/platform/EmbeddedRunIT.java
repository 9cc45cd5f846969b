package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.techpool.Fixtures;
import io.techpool.TestOidcProvider;
import io.techpool.Tokens;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app in embedded mode, as the README's Run command starts it (identity provider
 * aside): it starts PostgreSQL and OpenSearch itself, keeps data across a restart, and takes its
 * children down with it even when it is killed with SIGKILL.
 */
class EmbeddedRunIT {

    private static TestOidcProvider oidc;
    private static Path dataDir;

    @BeforeAll
    static void provider() throws IOException {
        oidc = TestOidcProvider.start();
        System.setProperty("smallrye.jwt.sign.key.location", "privateKey.jwk");
        System.setProperty("smallrye.jwt.new-token.issuer", oidc.issuer());
        dataDir = Files.createTempDirectory(Path.of("target"), "embedded-run-");
    }

    private final List<Process> apps = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void killLeftovers() {
        apps.forEach(Process::destroyForcibly);
    }

    @AfterAll
    static void stopProvider() {
        oidc.close();
    }

    @Test
    void dataSurvivesARestart_andNoChildOutlivesAKilledApp() throws Exception {
        int port = EmbeddedOpenSearch.freePort();
        Process first = start(port, "first");
        long firstStart = awaitReady(first, port);
        String org = createOrganization(port);
        String id = given().port(port)
                .auth()
                .oauth2(Tokens.institution(org))
                .contentType(ContentType.JSON)
                .body(Fixtures.achievement())
                .post("/api/v1/achievements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // No body and no content type, as curl sends it.
        given().port(port)
                .auth()
                .oauth2(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(200);

        List<ProcessHandle> children = children(first);
        assertThat(children).as("embedded services run as children").hasSizeGreaterThanOrEqualTo(2);
        first.destroyForcibly(); // SIGKILL: no shutdown hook runs
        first.waitFor();
        await().atMost(Duration.ofSeconds(30)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));

        Process second = start(port, "second");
        long secondStart = awaitReady(second, port);
        given().port(port)
                .auth()
                .oauth2(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .body("title.zh", equalTo("高效光伏电池材料"))
                .body("status", equalTo("SUBMITTED"));
        System.out.printf("Embedded start: first %d ms, second %d ms%n", firstStart, secondStart);

        List<ProcessHandle> secondChildren = children(second);
        second.destroy(); // SIGTERM: the orderly stop
        assertThat(second.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> secondChildren.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** The app's descendants plus the postmaster, which pg_ctl detaches when running as root. */
    private static List<ProcessHandle> children(Process app) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .getFirst()
                .trim());
        return java.util.stream.Stream.concat(app.descendants(), ProcessHandle.of(postmaster).stream())
                .toList();
    }

    private Process start(int port, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process app = new ProcessBuilder(
                        java,
                        "-Dtechpool.data-dir=" + dataDir.toAbsolutePath(),
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.oidc.auth-server-url=" + oidc.issuer(),
                        "-jar",
                        System.getProperty("techpool.app.jar"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile())
                .start();
        apps.add(app);
        return app;
    }

    /** Waits for readiness (database and search) and answers how long it took. */
    private static long awaitReady(Process app, int port) {
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(app.isAlive())
                            .as("the app is running; see " + dataDir)
                            .isTrue();
                    try {
                        return given().port(port).get("/q/health/ready").statusCode() == 200;
                    } catch (Exception notYetListening) {
                        return false;
                    }
                });
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String createOrganization(int port) {
        String code = "RUN" + System.nanoTime() % 100000;
        given().port(port)
                .auth()
                .oauth2(Tokens.operator())
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("zh", "兰州大学"), "kind", "UNIVERSITY", "region", "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        return code;
    }
}
