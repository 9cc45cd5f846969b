package io.techpool;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The exports' {@code .xlsx} files read back with FastExcel's reader: every sheet's cells as text, with their types. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {}

    /**
     * One sheet: its rows of cell texts (an empty cell is ""), the type of each cell (null when empty) and its
     * number format (null when it has none).
     */
    public record Sheet(String name, List<List<String>> rows, List<List<CellType>> types, List<List<String>> formats) {

        public List<String> header() {
            return rows.getFirst();
        }

        /** The data rows (all but the header). */
        public List<List<String>> data() {
            return rows.subList(1, rows.size());
        }

        /** The first data row whose cell in {@code column} is {@code value}; fails when there is none. */
        public List<String> rowWith(int column, String value) {
            return data().stream()
                    .filter(r -> r.size() > column && r.get(column).equals(value))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("no row of " + name + " has " + value + " in column " + column));
        }

        /**
         * Whether a cell of the first data row whose cell in {@code keyColumn} is {@code key} is text that stays text:
         * a string cell, no formula, with the text number format {@code @}, so Excel keeps it text when it is edited.
         */
        public boolean isProtectedText(int keyColumn, String key, int column) {
            List<List<String>> data = data();
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).size() > keyColumn && data.get(i).get(keyColumn).equals(key)) {
                    return types.get(i + 1).get(column) == CellType.STRING
                            && "@".equals(formats.get(i + 1).get(column));
                }
            }
            throw new AssertionError("no row of " + name + " has " + key + " in column " + keyColumn);
        }
    }

    /** The sheets of a workbook, by name, in the workbook's order. */
    public static Map<String, Sheet> sheets(byte[] xlsx) {
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                List<List<CellType>> types = new ArrayList<>();
                List<List<String>> formats = new ArrayList<>();
                try (var read = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) read::iterator) {
                        List<String> texts = new ArrayList<>();
                        List<CellType> cellTypes = new ArrayList<>();
                        List<String> cellFormats = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            texts.add(cell == null ? "" : cell.getText());
                            cellTypes.add(cell == null ? null : cell.getType());
                            cellFormats.add(cell == null ? null : cell.getDataFormatString());
                        }
                        rows.add(texts);
                        types.add(cellTypes);
                        formats.add(cellFormats);
                    }
                }
                sheets.put(sheet.getName(), new Sheet(sheet.getName(), rows, types, formats));
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Downloads an export with a token in a language ({@code zh} or {@code en}); fails unless it is a 200 .xlsx. */
    public static Map<String, Sheet> download(String token, String language, String path) {
        byte[] file = given().auth()
                .oauth2(token)
                .header("Accept-Language", language)
                .get(path)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        return sheets(file);
    }
}
