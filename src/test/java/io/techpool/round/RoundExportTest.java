package io.techpool.round;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** GET /api/v1/rounds/{id}/export: the stored result as .xlsx for operators. */
@QuarkusTest
class RoundExportTest {

    static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void export_holdsRankAggregatesCompositePercentileSelectionAndReason_inTheCallersLanguage() throws IOException {
        String org = Fixtures.organization();
        String strong = Fixtures.submitted(org);
        String unreviewed = Fixtures.submitted(org);
        Map<String, Integer> scores = new java.util.HashMap<>(Map.of(strong, 90));
        for (int i = 0; i < 5; i++) { // a round of seven: room for one in the pool (quota 0.20)
            scores.put(Fixtures.submitted(org), 50);
        }
        String round = Fixtures.publishRound(scores);

        byte[] file = given().auth()
                .oauth2(Tokens.operator())
                .header("Accept-Language", "en")
                .get("/api/v1/rounds/" + round + "/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();

        List<List<String>> rows = rows(file);
        assertThat(rows.get(0)).startsWith("Rank", "Achievement ID", "Registration number", "Title");
        assertThat(rows.get(0)).contains("Market potential", "Composite", "Percentile", "Selected", "Reason", "Flags");
        List<String> top = rows.stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(strong))
                .findFirst()
                .orElseThrow();
        assertThat(top.get(0)).isEqualTo("1");
        assertThat(top.get(3)).isEqualTo("High-efficiency photovoltaic cell materials");
        assertThat(new java.math.BigDecimal(top.get(7))).isEqualByComparingTo("90");
        assertThat(new java.math.BigDecimal(top.get(10))).isEqualByComparingTo("90");
        assertThat(top.get(13)).isEqualTo("yes");
        assertThat(top.get(14)).isEqualTo("selected");
        List<String> none = rows.stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(unreviewed))
                .findFirst()
                .orElseThrow();
        assertThat(none.get(0)).isEmpty();
        assertThat(none.get(13)).isEqualTo("no");
        assertThat(none.get(14)).isEqualTo("too few submitted reviews");
    }

    @Test
    void export_isForOperators_andNeedsAComputedRound() {
        String round = Fixtures.reviewingRound(List.of());
        as(Tokens.operator()).get("/api/v1/rounds/" + round + "/export").then().statusCode(404);
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/rounds/" + round + "/export")
                .then()
                .statusCode(403);
    }
}
