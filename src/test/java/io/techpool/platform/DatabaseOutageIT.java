package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.techpool.AppProcess;
import io.techpool.AppServices;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for 30 seconds under the packaged app: every request meanwhile answers 503 with
 * {@code Retry-After} and a problem body (a page for pages), none 500; once the database is back the same app
 * serves again, without a restart.
 */
class DatabaseOutageIT {

    private AppServices services;
    private AppProcess app;

    @AfterEach
    void stopAll() {
        AppServices.closeAll(app, services);
    }

    @Test
    void requestsWhileTheDatabaseIsDown_answer503_andTheAppRecoversWithoutARestart() throws Exception {
        services = AppServices.start("database-outage");
        app = AppProcess.start(services.work(), "app", services.settings());
        RestAssured.port = app.port();
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        List<Supplier<Response>> calls = List.of(
                () -> as(Tokens.institution(org)).get("/api/v1/achievements/" + id),
                () -> as(Tokens.institution(org)).body(Fixtures.achievement()).post("/api/v1/achievements"),
                () -> as(Tokens.operator()).get("/api/v1/organizations/" + org),
                () -> given().accept("text/html").get("/organizations/" + org));

        services.stopPostgres(); // the database goes away for 30 seconds
        long stopped = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        while (System.nanoTime() - stopped < Duration.ofSeconds(30).toNanos()) {
            for (Supplier<Response> call : calls) {
                Response answer = call.get();
                statuses.add(answer.statusCode());
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isEqualTo("10");
                assertThat(answer.contentType()).containsAnyOf("application/problem+json", "text/html");
            }
            Thread.sleep(500);
        }
        services.startPostgres();
        long back = System.nanoTime();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> as(Tokens.institution(org))
                                .get("/api/v1/achievements/" + id)
                                .statusCode()
                        == 200);
        long recovered = (System.nanoTime() - back) / 1_000_000;
        Fixtures.draft(org);
        System.out.printf(
                "Database outage: %d requests during 30 s, all 503; serving again %d ms after the database returned%n",
                statuses.size(), recovered);
    }
}
