package io.techpool.pool;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.techpool.ChainPool;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import io.techpool.Workbooks;
import io.techpool.Workbooks.Sheet;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/v1/pool/export: the whole pool by industry as .xlsx, for operators. */
@QuarkusTest
class PoolExportTest {

    private static final String PATH = "/api/v1/pool/export?format=xlsx";

    @Test
    void export_listsEveryEntryBySectionDivisionAndIndustryRank_withChains_inEnglish() {
        ChainPool chains = ChainPool.get();
        PublishedPool pool = PublishedPool.get();

        Sheet sheet = Workbooks.download(Tokens.operator(), "en", PATH).get("Pool by industry");

        assertThat(sheet.header())
                .containsExactly(
                        "Industry section",
                        "Section name",
                        "Industry division",
                        "Industry",
                        "Industry rank",
                        "Pool entry ID",
                        "Title",
                        "Summary",
                        "Organization",
                        "TRL",
                        "Transfer modes",
                        "Key industry chains",
                        "Composite",
                        "Percentile",
                        "Published");
        Comparator<List<String>> industryOrder = Comparator.<List<String>, String>comparing(r -> r.get(0))
                .thenComparing(r -> r.get(2))
                .thenComparingInt(r -> Integer.parseInt(r.get(4)))
                .thenComparing(r -> r.get(5));
        assertThat(sheet.data()).isSortedAccordingTo(industryOrder);
        List<String> top = sheet.rowWith(5, chains.top);
        assertThat(top.subList(0, 4))
                .containsExactly("C", "Manufacturing", "34", "Manufacture of general-purpose machinery");
        assertThat(top.get(6)).isEqualTo("Megawatt alkaline electrolysis system");
        assertThat(top.get(8)).isEqualTo("Test University " + chains.owner);
        assertThat(top.get(9)).isEqualTo("6");
        assertThat(top.get(11)).contains("Hydrogen energy");
        assertThat(new java.math.BigDecimal(top.get(12))).isEqualByComparingTo("92");
        List<String> software = sheet.rowWith(5, pool.sectionOnly);
        assertThat(List.of(software.get(0), software.get(2))).containsExactly("I", "65");
        assertThat(sheet.rows().stream().flatMap(List::stream))
                .noneMatch(c -> c.contains(ChainPool.CONTACT_EMAIL) || c.contains(ChainPool.CONTACT_PHONE))
                .noneMatch(c -> c.contains("wangfang@example.org"));
    }

    @Test
    void export_inChinese_keepsFormulaLikeTextAsText_andIsAudited() {
        ChainPool chains = ChainPool.get();
        long before = audited();

        Sheet sheet = Workbooks.download(Tokens.operator(), "zh-CN", PATH).get("转化池（按行业）");

        assertThat(sheet.header()).startsWith("行业门类", "门类名称", "行业代码", "行业名称", "行业内排名", "入池编号", "成果名称");
        assertThat(sheet.rowWith(5, chains.top).get(11)).contains("氢能");
        assertThat(sheet.rowWith(5, chains.low).get(7)).isEqualTo(ChainPool.FORMULA_SUMMARY);
        assertThat(sheet.isProtectedText(5, chains.low, 7))
                .as("a summary starting with = is text, never a formula")
                .isTrue();
        assertThat(audited()).isEqualTo(before + 1);
    }

    @Test
    void export_isForOperatorsOnly() {
        as(Tokens.institution(Fixtures.organization())).get(PATH).then().statusCode(403);
        as(Tokens.investor("VC1")).get(PATH).then().statusCode(403);
        as(Tokens.reviewer(Fixtures.organization())).get(PATH).then().statusCode(403);
        RestAssured.given().get(PATH).then().statusCode(401);
        as(Tokens.operator())
                .get("/api/v1/pool/export?format=pdf")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void industriesPage_linksTheExport_forOperatorsOnly() {
        assertThat(PageClient.as(Tokens.operator()).page("/industries").select("a[href=/industries/export.xlsx]"))
                .hasSize(1);
        assertThat(PageClient.anonymous().page("/industries").select("a[href=/industries/export.xlsx]"))
                .isEmpty();
        PageClient.as(Tokens.operator())
                .get("/industries/export.xlsx")
                .then()
                .statusCode(200)
                .contentType(Workbooks.XLSX);
        PageClient.as(Tokens.investor("VC1"))
                .get("/industries/export.xlsx")
                .then()
                .statusCode(403);
    }

    private static long audited() {
        return as(Tokens.operator())
                .queryParam("action", "pool.export")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
