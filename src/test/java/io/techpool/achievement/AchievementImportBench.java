package io.techpool.achievement;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Times a bulk registration of 10,000 rows end to end: upload of the .xlsx ({@code ?async=true}), every row
 * checked, the drafts created in one transaction, and all of them found by the search index
 * ({@code GET /api/v1/achievements?q=}). Not part of the test run (the name does not end in Test); run it on its
 * own: {@code ./mvnw test -Dtest=AchievementImportBench}. The figure goes to docs/benchmarks.md.
 */
@QuarkusTest
class AchievementImportBench {

    private static final int ROWS = 10_000;

    @Test
    void import10000Rows() throws InterruptedException {
        String org = Fixtures.organization();
        String token = Tokens.institution(org);
        String marker = "基准" + Long.toString(System.nanoTime(), 36);
        List<List<?>> rows = new ArrayList<>();
        rows.add(SheetFiles.zhHeaders());
        rows.add(SheetFiles.enHeaders());
        for (int i = 0; i < ROWS; i++) {
            List<Object> row = new ArrayList<>(SheetFiles.validRow(marker + " 储能材料 " + i));
            row.set(4, marker + "；储能；电池" + (i % 50));
            rows.add(row);
        }
        byte[] file = SheetFiles.xlsx(rows);

        long started = System.nanoTime();
        String location = AchievementImportTest.upload(
                        token, "bench.xlsx", file, AchievementImportTest.XLSX, "?async=true")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        String state;
        do {
            Thread.sleep(100);
            state = as(token).get(location).then().statusCode(200).extract().path("state");
        } while (state.equals("RUNNING"));
        long created = System.nanoTime();
        assertThat(state).isEqualTo("SUCCEEDED");
        long found;
        do {
            Thread.sleep(100);
            found = as(token)
                    .get("/api/v1/achievements?q=" + marker + "&size=1")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("total");
        } while (found < ROWS);
        long searchable = System.nanoTime();

        System.out.printf(
                "import of %d rows (%d kB .xlsx): created after %d ms, all searchable after %d ms%n",
                ROWS, file.length / 1024, (created - started) / 1_000_000, (searchable - started) / 1_000_000);
    }
}
