package io.techpool.achievement;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bulk registration through {@code POST /api/v1/achievements/import} with real files built here: .xlsx and CSV,
 * UTF-8 and GBK; every refusal with its status and problem.
 */
@QuarkusTest
class AchievementImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Response upload(String token, String name, byte[] file, String type, String query) {
        return given().auth()
                .oauth2(token)
                .header("Accept-Language", "en")
                .multiPart("file", name, file, type)
                .post("/api/v1/achievements/import" + query);
    }

    static List<List<?>> rows(List<?>... rows) {
        return new ArrayList<>(List.of(rows));
    }

    private static long count(String org) {
        return as(Tokens.institution(org))
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    @Test
    void xlsx_createsDrafts_readingCellsAsTheirAuthorMeantThem() {
        String org = Fixtures.organization();
        List<Object> row = new ArrayList<>(SheetFiles.validRow("储能材料一"));
        row.set(4, 2024); // keywords: a number typed into a text column
        row.set(6, 1); // industry code 01 that Excel turned into the number 1
        row.set(7, "６"); // TRL in full-width digits
        row.set(13, 1500000.50); // asking price as a number
        row.set(16, 13800138000L); // a phone number stored as a number
        row.set(17, "　wangfang@example.edu.cn　"); // full-width spaces around
        byte[] file = SheetFiles.xlsx(rows(
                List.of("成果批量登记"), // a title row above the header
                SheetFiles.zhHeaders(),
                SheetFiles.enHeaders(),
                row,
                List.of(" "), // blank rows, also trailing ones
                SheetFiles.validRow("储能材料二"),
                List.of(""),
                List.of(" ")));

        JsonPath result = upload(Tokens.institution(org), "batch.xlsx", file, XLSX, "")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", hasSize(2))
                .body("created[0].row", equalTo(4))
                .body("created[1].row", equalTo(6))
                .extract()
                .jsonPath();

        JsonPath first = as(Tokens.institution(org))
                .get("/api/v1/achievements/" + result.getString("created[0].id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .extract()
                .jsonPath();
        assertThat(first.getList("keywords")).containsExactly("2024");
        assertThat(first.getString("industryCode")).isEqualTo("01");
        assertThat(first.getInt("trl")).isEqualTo(6);
        assertThat(first.getString("askingPrice")).isEqualTo("1500000.5");
        assertThat(first.getString("contact.phone")).isEqualTo("13800138000");
        assertThat(first.getString("contact.email")).isEqualTo("wangfang@example.edu.cn");
        assertThat(first.getString("type")).isEqualTo("APPLIED_TECHNOLOGY");
        assertThat(first.getList("transferModes")).containsExactly("LICENSE", "COOPERATION");
        assertThat(first.getString("ipRights[0].kind")).isEqualTo("INVENTION_PATENT");
        assertThat(first.getString("ipRights[0].number")).isEqualTo("ZL202010123456.7");
        assertThat(first.getString("team[1].name")).isEqualTo("李娜");
        assertThat(first.getString("team[1].role")).isEqualTo("研究员");
    }

    @Test
    void xlsx_headersInEnglishAndAnyOrder_andConstantsForLabels_areRead() {
        String org = Fixtures.organization();
        List<String> headers = new ArrayList<>(SheetFiles.enHeaders());
        List<Object> row = new ArrayList<>(SheetFiles.validRow("Reordered"));
        row.set(5, "BASIC_THEORY");
        row.set(8, "mature");
        java.util.Collections.reverse(headers);
        java.util.Collections.reverse(row);

        String id = upload(Tokens.institution(org), "en.xlsx", SheetFiles.xlsx(rows(headers, row)), XLSX, "")
                .then()
                .statusCode(200)
                .extract()
                .path("created[0].id");

        as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .body("type", equalTo("BASIC_THEORY"))
                .body("stage", equalTo("MATURE"))
                .body("title.zh", equalTo("Reordered"));
    }

    @Test
    void xlsx_formulaCells_areReadAsTheirCachedValues_andNumbersKeepTheirDigits() {
        String org = Fixtures.organization();
        StringBuilder sheet = new StringBuilder("<row r=\"1\">");
        List<String> headers = SheetFiles.zhHeaders();
        for (int c = 0; c < headers.size(); c++) {
            sheet.append(SheetFiles.text(col(c) + "1", headers.get(c)));
        }
        sheet.append("</row><row r=\"2\">");
        List<Object> row = SheetFiles.validRow("ignored");
        for (int c = 0; c < row.size(); c++) {
            String ref = col(c) + "2";
            if (c == 0) { // a title computed by a formula: its cached text counts
                sheet.append("<c r=\"" + ref + "\" t=\"str\"><f>CONCAT(\"公式\",\"标题\")</f><v>公式标题</v></c>");
            } else if (c == 7) { // TRL = 3 + 3, cached as a double
                sheet.append("<c r=\"" + ref + "\"><f>3+3</f><v>6.0</v></c>");
            } else if (c == 16) { // a phone number Excel keeps as 1.3800138E10
                sheet.append("<c r=\"" + ref + "\"><v>1.3800138E10</v></c>");
            } else if (!row.get(c).toString().isEmpty()) {
                sheet.append(SheetFiles.text(ref, row.get(c).toString()));
            }
        }
        sheet.append("</row>");

        String id = upload(Tokens.institution(org), "formulas.xlsx", SheetFiles.rawXlsx(sheet.toString()), XLSX, "")
                .then()
                .statusCode(200)
                .extract()
                .path("created[0].id");

        as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .body("title.zh", equalTo("公式标题"))
                .body("trl", equalTo(6))
                .body("contact.phone", equalTo("13800138000"));
    }

    @Test
    void xlsx_excelErrorCell_isAnErrorOfThatCell() {
        String org = Fixtures.organization();
        StringBuilder sheet = new StringBuilder("<row r=\"1\">");
        List<String> headers = SheetFiles.zhHeaders();
        for (int c = 0; c < headers.size(); c++) {
            sheet.append(SheetFiles.text(col(c) + "1", headers.get(c)));
        }
        sheet.append("</row><row r=\"2\">");
        List<Object> row = SheetFiles.validRow("错误值");
        for (int c = 0; c < row.size(); c++) {
            String ref = col(c) + "2";
            if (c == 7) {
                sheet.append("<c r=\"" + ref + "\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");
            } else if (!row.get(c).toString().isEmpty()) {
                sheet.append(SheetFiles.text(ref, row.get(c).toString()));
            }
        }
        sheet.append("</row>");

        upload(Tokens.institution(org), "errors.xlsx", SheetFiles.rawXlsx(sheet.toString()), XLSX, "")
                .then()
                .statusCode(400)
                .body("errors.find { it.column == 'H' && it.message.contains('#DIV/0!') }.row", equalTo(2));
        assertThat(count(org)).isZero();
    }

    @Test
    void csv_inGbk_isRead() {
        String org = Fixtures.organization();
        byte[] file = SheetFiles.csv(
                rows(SheetFiles.zhHeaders(), SheetFiles.validRow("国标编码的成果")), Charset.forName("GBK"), false);

        String id = upload(Tokens.institution(org), "gbk.csv", file, "text/csv", "")
                .then()
                .statusCode(200)
                .extract()
                .path("created[0].id");

        as(Tokens.institution(org)).get("/api/v1/achievements/" + id).then().body("title.zh", equalTo("国标编码的成果"));
    }

    @Test
    void csv_inUtf8_withAndWithoutByteOrderMark_isRead() {
        String org = Fixtures.organization();
        for (boolean bom : List.of(true, false)) {
            byte[] file = SheetFiles.csv(
                    rows(SheetFiles.zhHeaders(), SheetFiles.enHeaders(), SheetFiles.validRow("UTF-8 成果 " + bom)),
                    StandardCharsets.UTF_8,
                    bom);
            upload(Tokens.institution(org), "utf8.csv", file, "text/csv", "")
                    .then()
                    .statusCode(200)
                    .body("created[0].title", equalTo("UTF-8 成果 " + bom));
        }
    }

    @Test
    void wrongRows_listEveryErrorWithRowColumnAndField_inTheCallersLanguage_andCreateNothing() {
        String org = Fixtures.organization();
        List<Object> bad = new ArrayList<>(SheetFiles.validRow("有错的行"));
        bad.set(5, "不存在的类型");
        bad.set(6, "99");
        bad.set(7, 12);
        bad.set(17, "not-an-email");
        List<Object> blankTitle = new ArrayList<>(SheetFiles.validRow(""));
        byte[] file = SheetFiles.xlsx(rows(SheetFiles.zhHeaders(), SheetFiles.validRow("好的行"), bad, blankTitle));

        JsonPath problem = upload(Tokens.institution(org), "bad.xlsx", file, XLSX, "")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Nothing was imported"))
                .extract()
                .jsonPath();

        List<Map<String, Object>> errors = problem.getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + " " + e.get("column") + " " + e.get("field"))
                .containsExactly("3 F type", "3 G industryCode", "3 H trl", "3 R contact.email", "4 A title.zh");
        assertThat(errors.get(2).get("header")).isEqualTo("技术就绪水平");
        assertThat(errors.get(0).get("message").toString()).contains("must be one of");
        assertThat(count(org)).isZero();
    }

    @Test
    void wrongRows_speakChinese_byDefault() {
        String org = Fixtures.organization();
        List<Object> bad = new ArrayList<>(SheetFiles.validRow("有错的行"));
        bad.set(7, "五");
        given().auth()
                .oauth2(Tokens.institution(org))
                .multiPart(
                        "file",
                        "bad.csv",
                        SheetFiles.csv(rows(SheetFiles.zhHeaders(), bad), StandardCharsets.UTF_8, true),
                        "text/csv")
                .post("/api/v1/achievements/import")
                .then()
                .statusCode(400)
                .body("detail", containsString("未导入任何成果"))
                .body("errors[0].field", equalTo("trl"))
                .body("errors[0].message", equalTo("类型或格式不正确"));
    }

    @Test
    void unknownColumns_areNamed() {
        String org = Fixtures.organization();
        List<String> headers = new ArrayList<>(SheetFiles.zhHeaders());
        headers.add("备注");
        List<Object> row = new ArrayList<>(SheetFiles.validRow("多了一列"));
        row.add("随便写写");

        upload(Tokens.institution(org), "extra.xlsx", SheetFiles.xlsx(rows(headers, row)), XLSX, "")
                .then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].column", equalTo("S"))
                .body("errors[0].header", equalTo("备注"))
                .body("errors[0].message", containsString("Unknown column \"备注\""));
        assertThat(count(org)).isZero();
    }

    @Test
    void dryRun_checksOnly() {
        String org = Fixtures.organization();
        byte[] file = SheetFiles.xlsx(rows(SheetFiles.zhHeaders(), SheetFiles.validRow("只校验")));

        upload(Tokens.institution(org), "dry.xlsx", file, XLSX, "?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(1))
                .body("created", hasSize(0));
        assertThat(count(org)).isZero();
    }

    @Test
    void aFileAboveTheSizeLimit_gets413() {
        String org = Fixtures.organization();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        upload(Tokens.institution(org), "big.csv", big, "text/csv", "")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("10485760"));
    }

    @Test
    void moreRowsThanTheLimit_get413NamingIt() {
        String org = Fixtures.organization();
        List<List<?>> rows = rows(SheetFiles.zhHeaders());
        for (int i = 0; i < 5001; i++) {
            rows.add(SheetFiles.validRow("第" + i + "行"));
        }

        upload(Tokens.institution(org), "many.csv", SheetFiles.csv(rows, StandardCharsets.UTF_8, true), "text/csv", "")
                .then()
                .statusCode(413)
                .body("detail", containsString("5000"));
        assertThat(count(org)).isZero();
    }

    @Test
    void aZipBomb_isRefusedBeforeItIsParsed() {
        String org = Fixtures.organization();
        upload(Tokens.institution(org), "bomb.xlsx", SheetFiles.zipBomb(50), XLSX, "")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("zip bomb"));
    }

    @Test
    void anOldXlsFile_gets415() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        upload(Tokens.institution(Fixtures.organization()), "old.xls", ole2, "application/vnd.ms-excel", "")
                .then()
                .statusCode(415)
                .body("detail", containsString(".xlsx"));
    }

    @Test
    void aBrokenXlsx_gets400() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
        upload(Tokens.institution(Fixtures.organization()), "broken.xlsx", broken, XLSX, "")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void noHeaderRow_gets400() {
        byte[] file = SheetFiles.csv(rows(List.of("a", "b"), List.of("c", "d")), StandardCharsets.UTF_8, false);
        upload(Tokens.institution(Fixtures.organization()), "x.csv", file, "text/csv", "")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("No header row"));
    }

    @Test
    void noFile_gets400() {
        given().auth()
                .oauth2(Tokens.institution(Fixtures.organization()))
                .multiPart("other", "x")
                .post("/api/v1/achievements/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void onlyInstitutionUsers_import() {
        byte[] file = SheetFiles.xlsx(rows(SheetFiles.zhHeaders(), SheetFiles.validRow("x")));
        upload(Tokens.operator(), "a.xlsx", file, XLSX, "").then().statusCode(403);
        given().multiPart("file", "a.xlsx", file, XLSX)
                .post("/api/v1/achievements/import")
                .then()
                .statusCode(401);
        upload(Tokens.institution("UNKNOWN-ORG"), "a.xlsx", file, XLSX, "")
                .then()
                .statusCode(403);
    }

    private static String col(int index) {
        return AchievementImport.letter(index);
    }
}
