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
import org.dhatim.fastexcel.reader.Row;

/** The exports' {@code .xlsx} files read back with FastExcel's reader: every sheet's cells as text, with their types. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {}

    /**
     * One sheet: its rows of cell texts (an empty cell is ""), the type and address of each cell (null when
     * empty), and the addresses of the cells with the text number format {@code @}, read from the file's XML (the
     * reader gives number formats of numeric cells only).
     */
    public record Sheet(
            String name,
            List<List<String>> rows,
            List<List<CellType>> types,
            List<List<String>> addresses,
            java.util.Set<String> textFormatted) {

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
                            && textFormatted.contains(addresses.get(i + 1).get(column));
                }
            }
            throw new AssertionError("no row of " + name + " has " + key + " in column " + keyColumn);
        }
    }

    /** The sheets of a workbook, by name, in the workbook's order. */
    public static Map<String, Sheet> sheets(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, String> parts = parts(xlsx);
            int index = 0;
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                List<List<CellType>> types = new ArrayList<>();
                List<List<String>> addresses = new ArrayList<>();
                try (var read = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) read::iterator) {
                        List<String> texts = new ArrayList<>();
                        List<CellType> cellTypes = new ArrayList<>();
                        List<String> cellAddresses = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            texts.add(cell == null ? "" : cell.getText());
                            cellTypes.add(cell == null ? null : cell.getType());
                            cellAddresses.add(
                                    cell == null ? null : cell.getAddress().toString());
                        }
                        rows.add(texts);
                        types.add(cellTypes);
                        addresses.add(cellAddresses);
                    }
                }
                index++;
                String part = parts.get("xl/worksheets/sheet" + index + ".xml");
                sheets.put(
                        sheet.getName(),
                        new Sheet(
                                sheet.getName(),
                                rows,
                                types,
                                addresses,
                                textFormatted(part, parts.get("xl/styles.xml"))));
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XML parts of the file by name (FastExcel names its sheets' parts sheet1.xml, sheet2.xml, … in order). */
    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            Map<String, String> parts = new LinkedHashMap<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        parts.put(
                                entry.getName(),
                                new String(
                                        zip.getInputStream(entry).readAllBytes(),
                                        java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static final java.util.regex.Pattern NUM_FMT =
            java.util.regex.Pattern.compile("<numFmt numFmtId=\"([0-9]+)\" formatCode=\"([^\"]*)\"");
    private static final java.util.regex.Pattern XF =
            java.util.regex.Pattern.compile("<xf [^>]*?numFmtId=\"([0-9]+)\"");
    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("<c ([^>]*)>");
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("\\br=\"([A-Z]+[0-9]+)\"");
    private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile("\\bs=\"([0-9]+)\"");

    /** The addresses of the sheet's cells whose style has the text number format ({@code @}, built-in id 49). */
    private static java.util.Set<String> textFormatted(String sheetXml, String stylesXml) {
        java.util.Set<String> textFormats = new java.util.HashSet<>(java.util.Set.of("49"));
        java.util.regex.Matcher m = NUM_FMT.matcher(stylesXml);
        while (m.find()) {
            if (m.group(2).equals("@")) {
                textFormats.add(m.group(1));
            }
        }
        String cellXfs = stylesXml.substring(stylesXml.indexOf("<cellXfs"), stylesXml.indexOf("</cellXfs>"));
        List<String> styleFormats = new ArrayList<>();
        m = XF.matcher(cellXfs);
        while (m.find()) {
            styleFormats.add(m.group(1));
        }
        java.util.Set<String> cells = new java.util.HashSet<>();
        m = CELL.matcher(sheetXml);
        while (m.find()) {
            java.util.regex.Matcher address = ADDRESS.matcher(m.group(1));
            java.util.regex.Matcher style = STYLE.matcher(m.group(1));
            if (address.find()
                    && style.find()
                    && textFormats.contains(styleFormats.get(Integer.parseInt(style.group(1))))) {
                cells.add(address.group(1));
            }
        }
        return cells;
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
