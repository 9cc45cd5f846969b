package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.techpool.Fixtures;
import io.techpool.platform.embedded.EmbeddedOpenSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app exactly as the README's Run command starts it: no service named, so it starts
 * PostgreSQL, OpenSearch and Keycloak itself. Tokens come from that Keycloak by password grant for
 * the demo users, so the realm file (roles, org claim, audience) is tested too. Data survives a
 * restart, and no child outlives the app, even when it is killed with SIGKILL. The first start fills the
 * demo pool (DemoPool), so a newcomer finds 光伏 in the pool without touching the API; the second start
 * leaves it as it is.
 */
class EmbeddedRunIT {

    private static Path dataDir;
    private static int appPort;
    private static int keycloakPort;

    private final List<Process> apps = new ArrayList<>();

    @BeforeAll
    static void ports() throws IOException {
        dataDir = Files.createTempDirectory(Path.of("target"), "embedded-run-");
        appPort = EmbeddedOpenSearch.freePort();
        keycloakPort = freePortWithFreeManagementPort();
    }

    @AfterEach
    void killLeftovers() {
        apps.forEach(Process::destroyForcibly);
    }

    @Test
    void demoUsersWork_dataSurvivesARestart_andNoChildOutlivesAKilledApp() throws Exception {
        Process first = start("first");
        long firstStart = awaitReady(first);
        long filled = System.nanoTime();
        // The demo round takes every submitted achievement, so this test registers its own only afterwards.
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(poolTotal("光伏")).isGreaterThanOrEqualTo(2));
        long fillTime = (System.nanoTime() - filled) / 1_000_000;
        long entries = poolTotal(null);
        assertThat(poolTotal("photovoltaic")).as("English").isGreaterThanOrEqualTo(2);
        List<Map<String, Object>> modes = given().port(appPort)
                .queryParam("q", "光伏")
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .path("facets.transferMode");
        assertThat(modes.stream().filter(m -> ((Number) m.get("count")).longValue() > 0))
                .as("the 光伏 entries differ in transfer mode: %s", modes)
                .hasSizeGreaterThanOrEqualTo(2);

        String institution = token("inst1");
        String id = given().port(appPort)
                .auth()
                .oauth2(institution)
                .contentType(ContentType.JSON)
                .body(Fixtures.achievement())
                .post("/api/v1/achievements")
                .then()
                .statusCode(201)
                .body("organizationCode", equalTo("10730"))
                .extract()
                .path("id");
        // No body and no content type, as curl sends it.
        given().port(appPort)
                .auth()
                .oauth2(institution)
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(200);
        given().port(appPort)
                .auth()
                .oauth2(token("operator1"))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200);
        given().port(appPort)
                .auth()
                .oauth2(token("investor1"))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(403);

        List<ProcessHandle> children = children(first);
        assertThat(children).as("PostgreSQL, OpenSearch and Keycloak").hasSizeGreaterThanOrEqualTo(3);
        first.destroyForcibly(); // SIGKILL: no shutdown hook runs
        first.waitFor();
        await().atMost(Duration.ofSeconds(30)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));

        Process second = start("second");
        long secondStart = awaitReady(second);
        given().port(appPort)
                .auth()
                .oauth2(token("inst1"))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .body("title.zh", equalTo("高效光伏电池材料"))
                .body("status", equalTo("SUBMITTED"));
        assertThat(poolTotal(null)).as("the demo pool is filled once").isEqualTo(entries);
        System.out.printf(
                "Embedded start with Keycloak: first %d ms (demo pool of %d entries %d ms later), second %d ms%n",
                firstStart, entries, fillTime, secondStart);

        List<ProcessHandle> secondChildren = children(second);
        second.destroy(); // SIGTERM: the orderly stop
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> secondChildren.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Entries of the pool matching {@code q} (all when null), as an anonymous visitor sees them. */
    private static long poolTotal(String q) {
        var request = given().port(appPort);
        if (q != null) {
            request.queryParam("q", q);
        }
        return request.get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("total")
                .longValue();
    }

    private static String token(String demoUser) {
        return given().baseUri("http://127.0.0.1:" + keycloakPort)
                .formParam("grant_type", "password")
                .formParam("client_id", "techpool-cli")
                .formParam("username", demoUser)
                .formParam("password", demoUser)
                .post("/realms/techpool/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The app's descendants plus the postmaster, which pg_ctl detaches when running as root. */
    private static List<ProcessHandle> children(Process app) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .getFirst()
                .trim());
        return Stream.concat(app.descendants(), ProcessHandle.of(postmaster).stream())
                .toList();
    }

    private Process start(String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process app = new ProcessBuilder(
                        java,
                        "-Dtechpool.data-dir=" + dataDir.toAbsolutePath(),
                        "-Dtechpool.embedded.keycloak-port=" + keycloakPort,
                        "-Dquarkus.http.port=" + appPort,
                        "-jar",
                        System.getProperty("techpool.app.jar"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile())
                .start();
        apps.add(app);
        return app;
    }

    /** Waits for readiness (database and search) and answers how long it took. */
    private static long awaitReady(Process app) {
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(app.isAlive())
                            .as("the app is running; see " + dataDir)
                            .isTrue();
                    try {
                        return given().port(appPort).get("/q/health/ready").statusCode() == 200;
                    } catch (Exception notYetListening) {
                        return false;
                    }
                });
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Keycloak also listens on port + 1000 for its management interface. */
    private static int freePortWithFreeManagementPort() {
        for (int i = 0; i < 50; i++) {
            int port = EmbeddedOpenSearch.freePort();
            if (port + 1000 < 65536 && isFree(port + 1000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair for Keycloak");
    }

    private static boolean isFree(int port) {
        try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
