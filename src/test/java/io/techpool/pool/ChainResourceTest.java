package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.ChainPool;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The key industry chains: the list, chain tags and their correction, the pool's chain facet, opportunity lists. */
@QuarkusTest
class ChainResourceTest {

    @Test
    void list_showsEveryConfiguredChain_withNameDivisionsKeywordsAndEntryCount() {
        ChainPool pool = ChainPool.get();
        JsonPath chains =
                given().get("/api/v1/chains").then().statusCode(200).extract().jsonPath();

        assertThat(chains.getList("id")).hasSize(15).startsWith("petrochemicals", "equipment-manufacturing");
        Map<String, Object> hydrogen = chains.getMap("find { it.id == 'hydrogen-energy' }");
        assertThat(hydrogen).containsEntry("name", Map.of("zh", "氢能", "en", "Hydrogen energy"));
        assertThat(chains.getList("find { it.id == 'hydrogen-energy' }.divisions", String.class))
                .contains("34", "38");
        assertThat(chains.getList("find { it.id == 'hydrogen-energy' }.keywords.zh"))
                .contains("制氢");
        assertThat(chains.getLong("find { it.id == 'hydrogen-energy' }.entries"))
                .isGreaterThanOrEqualTo(3);
        assertThat(pool.top).isNotBlank();
    }

    @Test
    void get_answersOneChain_or404ProblemForAnUnknownOne() {
        given().get("/api/v1/chains/traditional-chinese-medicine")
                .then()
                .statusCode(200)
                .body("name.zh", equalTo("中医药"))
                .body("divisions", hasItem("27"));
        given().header("Accept-Language", "en")
                .get("/api/v1/chains/no-such-chain")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no key industry chain no-such-chain."));
    }

    @Test
    void submit_tagsTheAchievement_fromItsDivisionAndKeywords() {
        String org = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "道地中药材当归的炮制新工艺"));
        body.put("summary", Map.of("zh", "一种当归饮片炮制方法。"));
        body.put("keywords", List.of("中药"));
        body.put("industryCode", "27");
        String id = Fixtures.draft(org, body);
        Fixtures.as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .body("chains", equalTo(List.of()))
                .body("chainsSource", equalTo(null));

        Fixtures.as(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("chains", equalTo(List.of("biomedicine", "traditional-chinese-medicine")))
                .body("chainsSource", equalTo("AUTO"));
    }

    @Test
    void setChains_isForOperatorsOnly() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);
        Map<String, Object> body = Map.of("chains", List.of("new-energy"));

        Fixtures.as(Tokens.institution(org))
                .body(body)
                .put("/api/v1/achievements/" + id + "/chains")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(body)
                .put("/api/v1/achievements/" + id + "/chains")
                .then()
                .statusCode(401);
        Fixtures.as(Tokens.institution(org))
                .delete("/api/v1/achievements/" + id + "/chains")
                .then()
                .statusCode(403);
    }

    @Test
    void setChains_refusesUnknownChains_namingEachOne() {
        String id = Fixtures.submitted(Fixtures.organization());

        Fixtures.as(Tokens.operator())
                .header("Accept-Language", "en")
                .body(Map.of("chains", List.of("new-energy", "moon-mining", "Bad Id")))
                .put("/api/v1/achievements/" + id + "/chains")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("chains[1]", "chains[2]")))
                .body("errors[0].message", containsString("moon-mining"));
        Fixtures.as(Tokens.operator())
                .body(Map.of())
                .put("/api/v1/achievements/" + id + "/chains")
                .then()
                .statusCode(400);
        Fixtures.as(Tokens.operator())
                .body(Map.of("chains", List.of("new-energy")))
                .put("/api/v1/achievements/00000000-0000-0000-0000-000000000000/chains")
                .then()
                .statusCode(404);
    }

    @Test
    void setChains_replacesThePoolEntrysTags_theFacetFollows_andResetHandsThemBack() {
        ChainPool pool = ChainPool.get();

        Fixtures.as(Tokens.operator())
                .body(Map.of("chains", List.of("new-materials", "hydrogen-energy", "new-materials")))
                .put("/api/v1/achievements/" + pool.middle + "/chains")
                .then()
                .statusCode(200)
                .body("chains", equalTo(List.of("new-materials", "hydrogen-energy")))
                .body("chainsSource", equalTo("OPERATOR"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ids(Map.of("round", pool.round, "chain", "new-materials"))
                        .equals(List.of(pool.middle)));
        given().queryParam("chain", "new-materials")
                .get("/api/v1/pool/stats")
                .then()
                .body("byChain.'new-materials'", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        Fixtures.as(Tokens.operator())
                .delete("/api/v1/achievements/" + pool.middle + "/chains")
                .then()
                .statusCode(200)
                .body("chains", equalTo(List.of("equipment-manufacturing", "hydrogen-energy")))
                .body("chainsSource", equalTo("AUTO"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ids(Map.of("round", pool.round, "chain", "new-materials"))
                        .isEmpty());
    }

    @Test
    void poolSearch_hasTheChainFacet_withLabelsInTheCallersLanguage_andFiltersByChain() {
        ChainPool pool = ChainPool.get();

        JsonPath en = given().queryParam("round", pool.round)
                .queryParam("lang", "en")
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(en.getMap("facets.chain.find { it.value == 'hydrogen-energy' }"))
                .containsEntry("count", 3)
                .containsEntry("label", "Hydrogen energy");
        assertThat(en.getList("items[0].chains")).contains("hydrogen-energy");
        assertThat(given().queryParam("round", pool.round)
                        .get("/api/v1/pool")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("facets.chain.find { it.value == 'hydrogen-energy' }.label"))
                .isEqualTo("氢能");

        assertThat(ids(Map.of("round", pool.round, "chain", "hydrogen-energy")))
                .containsExactly(pool.top, pool.middle, pool.low);
        assertThat(ids(Map.of("round", pool.round, "chain", "culture-tourism"))).isEmpty();
        given().queryParam("chain", "Not A Chain")
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("chain"));
    }

    @Test
    void stats_countEntriesPerChain_andNarrowToOneChain() {
        ChainPool pool = ChainPool.get();
        JsonPath all = given().get("/api/v1/pool/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath hydrogen = given().queryParam("chain", "hydrogen-energy")
                .get("/api/v1/pool/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        long entries = hydrogen.getLong("total");
        assertThat(entries).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(all.getLong("total"));
        assertThat(all.getLong("byChain.'hydrogen-energy'")).isEqualTo(entries);
        assertThat(hydrogen.getLong("byRound.'" + pool.round + "'")).isEqualTo(3);
        Map<String, Integer> bySection = hydrogen.getMap("bySection");
        assertThat(bySection.values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(entries);
        given().queryParam("chain", "x y").get("/api/v1/pool/stats").then().statusCode(400);
    }

    @Test
    void opportunities_rankTheChainsEntriesByComposite_withWhatInvestorsNeed_andNoContact() {
        ChainPool pool = ChainPool.get();
        var response = given().get("/api/v1/chains/hydrogen-energy/opportunities");
        response.then().statusCode(200).contentType("application/json");
        JsonPath list = response.jsonPath();

        List<String> ids = list.getList("items.id");
        assertThat(ids).containsSubsequence(pool.top, pool.middle, pool.low);
        List<Integer> ranks = list.getList("items.rank");
        for (int i = 0; i < ranks.size(); i++) {
            assertThat(ranks.get(i)).isEqualTo(i + 1);
        }
        Map<String, Object> top = list.getMap("items.find { it.id == '" + pool.top + "' }");
        assertThat(top).containsKeys("title", "summary", "organization", "trl", "transferModes", "ipRights");
        assertThat(list.getDouble("items.find { it.id == '" + pool.top + "' }.askingPrice"))
                .isEqualTo(2_000_000.0);
        assertThat(list.getString("items.find { it.id == '" + pool.top + "' }.composite"))
                .startsWith("92");
        assertThat(list.getString("items.find { it.id == '" + pool.top + "' }.url"))
                .endsWith("/pool/" + pool.top);
        assertThat(list.getString("chain.id")).isEqualTo("hydrogen-energy");
        assertThat(response.asString())
                .doesNotContain(ChainPool.CONTACT_EMAIL)
                .doesNotContain(ChainPool.CONTACT_PHONE)
                .doesNotContain("\"contact\"");
    }

    @Test
    void opportunities_asXlsx_haveHeadersInTheCallersLanguage_formulaLikeTextAsText_andNoContact() throws IOException {
        ChainPool pool = ChainPool.get();
        var en = given().queryParam("format", "xlsx")
                .queryParam("lang", "en")
                .get("/api/v1/chains/hydrogen-energy/opportunities");
        en.then()
                .statusCode(200)
                .contentType(startsWith(ChainResource.XLSX))
                .header("Content-Disposition", startsWith("attachment; filename=\"hydrogen-energy.xlsx\""));

        List<Row> rows = rows(en.asByteArray());
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Rank");
        assertThat(rows.getFirst().getCellText(1)).isEqualTo("Title");
        assertThat(rows.getFirst().getCellText(7)).isEqualTo("Asking price (CNY)");
        Row low = rows.stream()
                .filter(r -> r.getCellText(10).endsWith("/pool/" + pool.low))
                .findFirst()
                .orElseThrow();
        assertThat(low.getCellText(8)).contains("invention patent");
        assertThat(rows.stream().flatMap(r -> r.stream()).map(c -> c == null ? "" : c.getText()))
                .noneMatch(text -> text.contains(ChainPool.CONTACT_EMAIL) || text.contains(ChainPool.CONTACT_PHONE));
        assertThat(rows.stream()
                        .skip(1)
                        .map(r -> r.getCellText(10))
                        .map(url -> url.substring(url.lastIndexOf('/') + 1))
                        .toList())
                .containsSubsequence(pool.top, pool.middle, pool.low);
        Row middle = rows.stream()
                .filter(r -> r.getCellText(10).endsWith("/pool/" + pool.middle))
                .findFirst()
                .orElseThrow();
        assertThat(middle.getCellText(7)).isEqualTo("on request");

        var zh = given().queryParam("format", "xlsx").get("/api/v1/chains/hydrogen-energy/opportunities");
        List<Row> zhRows = rows(zh.asByteArray());
        assertThat(zhRows.getFirst().getCellText(0)).isEqualTo("排名");
        Row lowZh = zhRows.stream()
                .filter(r -> r.getCellText(10).endsWith("/pool/" + pool.low))
                .findFirst()
                .orElseThrow();
        assertThat(lowZh.getCell(2).getType()).isEqualTo(CellType.STRING);
        assertThat(lowZh.getCellText(2)).isEqualTo(ChainPool.FORMULA_SUMMARY);
        assertThat(lowZh.getCell(2).getFormula()).isNull();
        // The text number format ("@") keeps it text even when the cell is edited in Excel.
        assertThat(part(zh.asByteArray(), "xl/styles.xml")).contains("formatCode=\"@\"");
        assertThat(zh.getHeader("Content-Disposition")).contains("filename*=UTF-8''%E6%B0%A2%E8%83%BD");
    }

    @Test
    void opportunities_refuseAnUnknownFormat_andAnUnknownChain() {
        given().queryParam("format", "pdf")
                .get("/api/v1/chains/hydrogen-energy/opportunities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("format", "xlsx")
                .get("/api/v1/chains/no-such-chain/opportunities")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static String part(byte[] xlsx, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("opportunities", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                return rows.toList();
            }
        }
    }

    private static List<String> ids(Map<String, String> params) {
        return given().queryParams(params)
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
