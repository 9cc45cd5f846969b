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
        // A replica in service is warm: one import of 2,000 rows first (class loading, JIT, connection pool,
        // the search node's caches), then the measured one.
        long warmUp = importAndIndex(token, 2_000)[1];
        long[] measured = importAndIndex(token, ROWS);
        System.out.printf(
                "import of %d rows (after a warm-up of 2,000 rows, searchable in %d ms): created after %d ms, all"
                        + " searchable after %d ms%n",
                ROWS, warmUp, measured[0], measured[1]);
    }

    /** Uploads {@code rows} rows in the background and answers {created, searchable} in ms from the upload. */
    private static long[] importAndIndex(String token, int rows) throws InterruptedException {
        String marker = "基准" + Long.toString(System.nanoTime(), 36);
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(SheetFiles.zhHeaders());
        sheet.add(SheetFiles.enHeaders());
        for (int i = 0; i < rows; i++) {
            List<Object> row = new ArrayList<>(SheetFiles.validRow(marker + " 储能材料 " + i));
            row.set(4, marker + "；储能；电池" + (i % 50));
            sheet.add(row);
        }
        byte[] file = SheetFiles.xlsx(sheet);

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
        } while (found < rows);
        long searchable = System.nanoTime();
        System.out.printf(
                "import of %d rows (%d kB .xlsx): created after %d ms, searchable after %d ms%n",
                rows, file.length / 1024, (created - started) / 1_000_000, (searchable - started) / 1_000_000);
        return new long[] {(created - started) / 1_000_000, (searchable - started) / 1_000_000};
    }
}
