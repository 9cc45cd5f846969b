package io.techpool.achievement;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The template and the export of achievements: what they hold, and that an exported file imports back. */
@QuarkusTest
class AchievementExportTest {

    static List<List<String>> sheet(byte[] xlsx, int index) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheet(index).orElseThrow().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : SheetRows.text(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().map(s -> s.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part of an .xlsx, read through the zip's central directory (FastExcel streams its parts). */
    static String part(byte[] zip, String name) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("part", ".xlsx");
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                var entry = archive.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no part " + name);
                }
                return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void template_xlsx_hasChineseAndEnglishHeaders_dropDowns_anExampleAndInstructions() throws IOException {
        byte[] file = as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/import/template?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(AchievementImportTest.XLSX)
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asByteArray();

        // The copy in docs/import-template.xlsx is this file: copy it from target/ when the template changes.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "import-template.xlsx"), file);
        assertThat(sheetNames(file)).containsExactly("成果 Achievements", "示例 Example", "说明 Instructions", "选项 Lists");
        List<List<String>> data = sheet(file, 0);
        assertThat(data.get(0)).isEqualTo(SheetFiles.zhHeaders());
        assertThat(data.get(1)).isEqualTo(SheetFiles.enHeaders());
        String sheetXml = part(file, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml) // a list of the lists sheet's Chinese labels on the type column, rows 3 to 5002
                .contains("<dataValidation sqref=\"F3:F5002\" type=\"list\"")
                .contains("Lists'!$A$2:$A$4")
                .doesNotContain("error=\"null\"");
        assertThat(sheet(file, 3).get(1)).contains("应用技术", "初期", "原始创新", "国际领先");
        assertThat(sheet(file, 1).get(2).get(0)).isEqualTo("一种高能量密度锂离子电池正极材料及其制备方法");
        assertThat(sheet(file, 2).stream().flatMap(List::stream)).anyMatch(c -> c.contains("kind|number|title"));
    }

    @Test
    void template_example_importsAsItIs() {
        String org = Fixtures.organization();
        byte[] template = as(Tokens.institution(org))
                .get("/api/v1/achievements/import/template")
                .then()
                .extract()
                .asByteArray();
        List<List<?>> example = new ArrayList<>(sheet(template, 1));

        AchievementImportTest.upload(
                        Tokens.institution(org),
                        "example.xlsx",
                        SheetFiles.xlsx(example),
                        AchievementImportTest.XLSX,
                        "?dryRun=true")
                .then()
                .statusCode(200)
                .body("rows", equalTo(1));
    }

    @Test
    void template_csv_hasTheTwoHeaderRows() {
        byte[] csv = as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/import/template?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asByteArray();
        String text = SheetRows.decode(csv);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).startsWith("成果名称,英文名称").contains("Title,Title (English)");
    }

    @Test
    void export_xlsx_holdsTheOrganizationsAchievements_inTheCallersLanguage_andImportsBackEditedAsGbkCsv() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        String submitted = Fixtures.submitted(org);
        Fixtures.draft(Fixtures.organization()); // another organization's: not exported

        byte[] file = given().auth()
                .oauth2(Tokens.institution(org))
                .header("Accept-Language", "en")
                .get("/api/v1/achievements/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(AchievementImportTest.XLSX)
                .extract()
                .asByteArray();

        List<List<String>> rows = sheet(file, 0);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).subList(0, 4)).containsExactly("ID", "Status", "Registration number", "Title");
        assertThat(rows.get(1).get(0)).isEqualTo(id);
        assertThat(rows.get(1).get(1)).isEqualTo("draft");
        assertThat(rows.get(2).get(0)).isEqualTo(submitted);
        assertThat(rows.get(2).get(2)).hasSize(12);
        assertThat(rows.get(1).get(13)).isEqualTo("international advanced");

        // Edited in a spreadsheet and saved as CSV in GBK, it imports back into another organization's drafts.
        List<List<?>> edited = new ArrayList<>(rows);
        List<String> changed = new ArrayList<>(rows.get(1));
        changed.set(3, "改过的标题");
        edited.set(1, changed);
        String other = Fixtures.organization();
        String copy = AchievementImportTest.upload(
                        Tokens.institution(other),
                        "edited.csv",
                        SheetFiles.csv(edited, Charset.forName("GBK"), false),
                        "text/csv",
                        "")
                .then()
                .statusCode(200)
                .body("created", hasSize(2))
                .extract()
                .path("created[0].id");

        Map<String, Object> original = as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .extract()
                .path("");
        Map<String, Object> imported = as(Tokens.institution(other))
                .get("/api/v1/achievements/" + copy)
                .then()
                .extract()
                .path("");
        assertThat(imported.get("title"))
                .isEqualTo(Map.of("zh", "改过的标题", "en", ((Map<?, ?>) original.get("title")).get("en")));
        for (String field : List.of(
                "summary",
                "keywords",
                "type",
                "industryCode",
                "trl",
                "stage",
                "innovation",
                "level",
                "ipRights",
                "transferModes",
                "askingPrice",
                "team",
                "contact")) {
            assertThat(imported.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(imported.get("status")).isEqualTo("DRAFT");
    }

    @Test
    void export_writesFormulaLikeText_asText() {
        String org = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        String title = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        body.put("title", Map.of("zh", title));
        Fixtures.draft(org, body);

        byte[] xlsx = as(Tokens.institution(org))
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(part(xlsx, "xl/worksheets/sheet1.xml")).doesNotContain("<f>");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = workbook.getFirstSheet().read().get(1).getCell(3);
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.asString()).isEqualTo(title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String csv = SheetRows.decode(as(Tokens.institution(org))
                .get("/api/v1/achievements/export?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertThat(csv).contains("'=HYPERLINK(").contains("'+86"); // the phone starts with + too
        assertThat(csv).doesNotContain(",=HYPERLINK");
    }

    @Test
    void export_byStatus_andOperatorsSeeAll() {
        String org = Fixtures.organization();
        Fixtures.draft(org);
        String submitted = Fixtures.submitted(org);

        List<List<String>> rows = sheet(
                as(Tokens.institution(org))
                        .get("/api/v1/achievements/export?status=SUBMITTED")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                0);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(submitted);

        List<List<String>> all = sheet(
                as(Tokens.operator())
                        .get("/api/v1/achievements/export?status=SUBMITTED")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                0);
        assertThat(all.stream().map(r -> r.get(0))).contains(submitted);
    }

    @Test
    void export_refusesOtherRolesAndFormats() {
        as(Tokens.investor(Fixtures.organization()))
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(403);
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/export?format=pdf")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }
}
