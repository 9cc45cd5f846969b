package io.techpool.round;

import static io.techpool.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Times automatic assignment end to end (HTTP, PostgreSQL) for 2,000 achievements × 5 over 300
 * reviewers. Not part of the test run (the name does not end in Test); run it on its own:
 * {@code ./mvnw test -Dtest=AssignmentRoundBench}. The figure goes to docs/benchmarks.md.
 */
@QuarkusTest
class AssignmentRoundBench {

    private static final String[] DIVISIONS = {
        "13", "14", "26", "27", "29", "30", "32", "33", "34", "35", "36", "37", "38", "39", "40", "44", "63", "64",
        "65", "73"
    };

    @Test
    void assign2000x5Over300() {
        Random random = new Random(42);
        List<String> organizations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            organizations.add(Fixtures.organization());
        }
        for (int i = 0; i < 2000; i++) {
            Map<String, Object> body = Fixtures.achievement();
            body.put("industryCode", DIVISIONS[random.nextInt(DIVISIONS.length)]);
            Fixtures.submitted(organizations.get(random.nextInt(organizations.size())), body);
        }
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> expertise =
                    List.of(DIVISIONS[random.nextInt(DIVISIONS.length)], DIVISIONS[random.nextInt(DIVISIONS.length)]);
            panel.add(Fixtures.reviewer(
                    Fixtures.uniqueName("bench"), organizations.get(random.nextInt(organizations.size())), expertise));
        }
        String round = Fixtures.reviewingRound(panel);

        long started = System.nanoTime();
        JsonPath report = as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf(
                "assignment of %d achievements over %d reviewers: %d ms, %d fully covered, %d created%n",
                report.getInt("achievements"),
                panel.size(),
                millis,
                report.getInt("fullyCovered"),
                report.getInt("created"));
    }
}
