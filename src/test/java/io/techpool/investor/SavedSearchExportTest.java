package io.techpool.investor;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** GET /api/v1/investors/me/saved-searches/{id}/export: the search's current results as .xlsx. */
@QuarkusTest
class SavedSearchExportTest {

    @Test
    void export_holdsTheCurrentResults_withoutContact_andMarksNothingSeen() throws IOException {
        PublishedPool pool = PublishedPool.get();
        String investor = Fixtures.uniqueName("inv");
        String token = Tokens.token(investor, "investor", null);
        String id = as(token)
                .body(Map.of("name", "储能", "criteria", Map.of("q", "智能电网储能变流器")))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        byte[] file = as(token)
                .get("/api/v1/investors/me/saved-searches/" + id + "/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();

        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c == null ? "" : c.getText()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).startsWith("入池编号", "成果名称");
        assertThat(rows.stream().skip(1).map(r -> r.get(1))).contains("智能电网储能变流器");
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(c -> c.contains("wangfang@example.org"));
        assertThat(pool.fit).isNotBlank();
    }

    @Test
    void export_ofAnotherInvestorsSearch_is404() {
        String owner = Tokens.token(Fixtures.uniqueName("inv"), "investor", null);
        String id = as(owner)
                .body(Map.of("name", "x", "criteria", Map.of("q", "储能")))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.token(Fixtures.uniqueName("inv"), "investor", null))
                .get("/api/v1/investors/me/saved-searches/" + id + "/export")
                .then()
                .statusCode(404);
    }

    @Test
    void export_ofAChainSearch_inEnglish_keepsFormulaLikeTextAsText_andIsAudited() {
        io.techpool.ChainPool chains = io.techpool.ChainPool.get();
        String token = Tokens.token(Fixtures.uniqueName("inv"), "investor", null);
        String id = as(token)
                .body(Map.of("name", "hydrogen", "criteria", Map.of("chains", List.of("hydrogen-energy"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        io.techpool.Workbooks.Sheet en = io.techpool.Workbooks.download(
                        token, "en", "/api/v1/investors/me/saved-searches/" + id + "/export")
                .get("Results");
        assertThat(en.header())
                .containsExactly(
                        "Pool entry ID",
                        "Title",
                        "Summary",
                        "Organization",
                        "Industry division",
                        "Industry",
                        "TRL",
                        "Level",
                        "Transfer modes",
                        "IP kinds",
                        "Composite",
                        "Percentile",
                        "Industry rank",
                        "Published");
        assertThat(en.rowWith(0, chains.top).get(1)).isEqualTo("Megawatt alkaline electrolysis system");

        io.techpool.Workbooks.Sheet zh = io.techpool.Workbooks.download(
                        token, "zh-CN", "/api/v1/investors/me/saved-searches/" + id + "/export")
                .get("检索结果");
        assertThat(zh.rowWith(0, chains.low).get(2)).isEqualTo(io.techpool.ChainPool.FORMULA_SUMMARY);
        assertThat(zh.isProtectedText(0, chains.low, 2))
                .as("a summary starting with = stays text")
                .isTrue();
        as(Tokens.operator())
                .queryParam("action", "saved-search.export")
                .queryParam("subject", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));
    }
}
