package io.techpool.achievement;

import static io.techpool.Fixtures.as;
import static io.techpool.achievement.AchievementImportTest.XLSX;
import static io.techpool.achievement.AchievementImportTest.rows;
import static io.techpool.achievement.AchievementImportTest.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merged cells in imported {@code .xlsx} files, read as users mean them: a column merged down over rows gives every
 * row its value; a range merged across columns stays in its first column; merges in the header rows or with refs
 * that are no ranges break nothing.
 */
@QuarkusTest
class MergedCellsImportTest {

    private static final int TITLE_EN = 1;
    private static final int SUMMARY_ZH = 2;
    private static final int TYPE = 5;
    private static final int TRANSFER_MODES = 12;

    /** Rows 3 … 5 under the template's two header rows, 成果类型 and 转化方式 filled only in row 3. */
    private static List<List<?>> typeAndModesOnceForThreeRows(String prefix) {
        List<List<?>> rows = rows(SheetFiles.zhHeaders(), SheetFiles.enHeaders());
        for (int i = 1; i <= 3; i++) {
            List<Object> row = new ArrayList<>(SheetFiles.validRow(prefix + i));
            row.set(TYPE, i == 1 ? "基础理论" : "");
            row.set(TRANSFER_MODES, i == 1 ? "转让" : "");
            rows.add(row);
        }
        return rows;
    }

    private static JsonPath achievement(String org, String id) {
        return as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aColumnMergedDownOverThreeRows_givesEachRowItsValue() {
        String org = Fixtures.organization();
        List<List<?>> rows = typeAndModesOnceForThreeRows("纵向合并");
        rows.add(List.of(" ")); // row 6: nothing of its own, though the merges reach into it
        byte[] file = SheetFiles.xlsx(rows, List.of("F3:F6", "M3:M5"));

        JsonPath result = upload(Tokens.institution(org), "merged.xlsx", file, XLSX, "")
                .then()
                .statusCode(200)
                .body("created", hasSize(3))
                .body("created.row", equalTo(List.of(3, 4, 5)))
                .extract()
                .jsonPath();

        for (String id : result.getList("created.id", String.class)) {
            JsonPath draft = achievement(org, id);
            assertThat(draft.getString("type")).isEqualTo("BASIC_THEORY");
            assertThat(draft.getList("transferModes")).containsExactly("TRANSFER");
        }
    }

    @Test
    void aDryRun_ofAFileWithMergedRows_findsNoErrors() {
        String org = Fixtures.organization();
        byte[] file = SheetFiles.xlsx(typeAndModesOnceForThreeRows("试运行"), List.of("F3:F5", "M3:M5"));

        upload(Tokens.institution(org), "merged.xlsx", file, XLSX, "?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(3))
                .body("errors", hasSize(0));
    }

    @Test
    void aRangeMergedAcrossColumns_keepsItsValueInTheFirstColumnOnly() {
        String org = Fixtures.organization();
        List<Object> first = new ArrayList<>(SheetFiles.validRow("横向合并的标题"));
        List<Object> second = new ArrayList<>(SheetFiles.validRow("第二行"));
        second.set(SUMMARY_ZH, "");
        // A3:B3 a title over the English title's column; C3:D4 a summary over two rows and the English summary
        byte[] file = SheetFiles.xlsx(
                rows(SheetFiles.zhHeaders(), SheetFiles.enHeaders(), first, second), List.of("A3:B3", "C3:D4"));

        JsonPath result = upload(Tokens.institution(org), "merged.xlsx", file, XLSX, "")
                .then()
                .statusCode(200)
                .body("created", hasSize(2))
                .extract()
                .jsonPath();

        JsonPath titled = achievement(org, result.getString("created[0].id"));
        assertThat(titled.getString("title.zh")).isEqualTo("横向合并的标题");
        assertThat(titled.getString("title.en")).isNull();
        assertThat(titled.getString("summary.en")).isNull();
        JsonPath below = achievement(org, result.getString("created[1].id"));
        assertThat(below.getString("summary.zh")).isEqualTo(first.get(SUMMARY_ZH));
        assertThat(below.getString("summary.en")).isNull();
    }

    @Test
    void mergesInTheHeaderRows_leaveTheHeaderAsUsersSeeIt() {
        String org = Fixtures.organization();
        List<String> zh = new ArrayList<>(SheetFiles.zhHeaders());
        List<String> en = new ArrayList<>(SheetFiles.enHeaders());
        en.set(TYPE, ""); // 成果类型 merged down over both header rows
        en.set(TITLE_EN, "");
        zh.set(TITLE_EN, "");
        byte[] file = SheetFiles.xlsx(
                rows(
                        List.of("某大学科技成果清单"), // a title over the whole width
                        zh,
                        en,
                        SheetFiles.validRow("表头合并")),
                List.of(
                        "A1:R1", "F2:F3",
                        "A2:B2", // 成果名称 over the title column and the (here unused) English title column
                        "A3:B3"));

        upload(Tokens.institution(org), "header.xlsx", file, XLSX, "")
                .then()
                .statusCode(200)
                .body("created", hasSize(1))
                .body("created[0].row", equalTo(4))
                .body("created[0].title", equalTo("表头合并"));
    }

    @Test
    void mergeRefsThatAreNoRanges_areIgnored_andExcelsOwnLayoutIsRead() {
        String org = Fixtures.organization();
        List<String> headers = SheetFiles.zhHeaders();
        StringBuilder sheet = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < headers.size(); c++) {
            sheet.append(SheetFiles.text(col(c) + "1", headers.get(c)));
        }
        sheet.append("</row>");
        for (int r = 2; r <= 3; r++) {
            sheet.append("<row r=\"").append(r).append("\">");
            List<Object> row = SheetFiles.validRow("坏引用" + r);
            for (int c = 0; c < row.size(); c++) {
                String ref = col(c) + r;
                if (c == TYPE && r == 3) {
                    sheet.append("<c r=\"").append(ref).append("\"/>"); // as Excel keeps a merged-over cell
                } else if (!row.get(c).toString().isEmpty()) {
                    sheet.append(SheetFiles.text(ref, row.get(c).toString()));
                }
            }
            sheet.append("</row>");
        }
        byte[] file = SheetFiles.rawXlsx(
                sheet.toString(), "ZZZ", "A2:", "B2:B3:B4", "A0:A3", "XFE2:XFE3", "", "F2:F3", "A2:B2:");

        JsonPath result = upload(Tokens.institution(org), "refs.xlsx", file, XLSX, "")
                .then()
                .statusCode(200)
                .body("created", hasSize(2))
                .extract()
                .jsonPath();

        assertThat(achievement(org, result.getString("created[1].id")).getString("type"))
                .isEqualTo("APPLIED_TECHNOLOGY");
    }

    @Test
    void moreMergedRangesThanTheLimit_get413NamingIt() {
        String[] refs = new String[MergedRanges.MAX_RANGES + 1];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = "A" + (2 * i + 2) + ":A" + (2 * i + 3);
        }
        String header = SheetFiles.text("A1", "成果名称");

        upload(
                        Tokens.institution(Fixtures.organization()),
                        "merges.xlsx",
                        SheetFiles.rawXlsx("<row r=\"1\">" + header + "</row>", refs),
                        XLSX,
                        "")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("100000"));
    }

    private static String col(int index) {
        return AchievementImport.letter(index);
    }
}
