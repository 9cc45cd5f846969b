package io.techpool.platform.excel;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet of an export, written row by row with FastExcel and flushed as it goes, so that an export of
 * 100,000 rows never sits in memory. Shared by the features that export (achievements, rounds, saved searches,
 * chains); kept this small on purpose.
 *
 * <p>Text is always a text cell, never a formula; text a spreadsheet would take for one ({@code = + - @}) also
 * gets the text number format ({@code @}), so that Excel keeps it as text when someone edits the cell (no
 * formula injection: a title {@code =HYPERLINK(…)} stays a title). CSV has no cell types: see {@link #csvSafe}.
 */
public final class SheetWriter {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String CSV = "text/csv; charset=UTF-8";

    /** Rows kept in memory before they go to the output. */
    private static final int FLUSH_EVERY = 500;

    private final Worksheet sheet;
    private int row;
    private java.time.ZoneId zone;

    public SheetWriter(Worksheet sheet) {
        this.sheet = sheet;
    }

    /**
     * Writes times as wall-clock times of this zone (TechPool's, {@code techpool.time-zone}); without one, a time
     * keeps the offset it came with. A spreadsheet cell has no zone, so the file should say whose clock it is.
     */
    public SheetWriter zone(java.time.ZoneId zone) {
        this.zone = zone;
        return this;
    }

    /** A bold header row; the first header row also freezes the rows above the data. */
    public SheetWriter header(List<String> names) {
        for (int col = 0; col < names.size(); col++) {
            text(row, col, names.get(col));
            sheet.style(row, col).bold().fillColor("DDEBF7").set();
            sheet.width(col, Math.max(10, Math.min(40, names.get(col).length() * 2 + 4)));
        }
        row++;
        sheet.freezePane(0, row);
        return this;
    }

    /** A row of values: text, numbers, dates; null leaves the cell empty. */
    public SheetWriter row(List<?> values) {
        for (int col = 0; col < values.size(); col++) {
            Object value = values.get(col);
            switch (value) {
                case null -> {}
                case String text -> text(row, col, text);
                case BigDecimal number -> sheet.value(row, col, number);
                case Number number -> sheet.value(row, col, number);
                case Boolean bool -> sheet.value(row, col, bool);
                case LocalDate date -> {
                    sheet.value(row, col, date);
                    sheet.style(row, col).format("yyyy-mm-dd").set();
                }
                case OffsetDateTime time -> {
                    sheet.value(
                            row,
                            col,
                            zone == null
                                    ? time.toLocalDateTime()
                                    : time.atZoneSameInstant(zone).toLocalDateTime());
                    sheet.style(row, col).format("yyyy-mm-dd hh:mm").set();
                }
                default -> text(row, col, value.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            flush();
        }
        return this;
    }

    /** The index of the next row (0-based), for callers that add validation or styles to ranges. */
    public int nextRow() {
        return row;
    }

    public Worksheet worksheet() {
        return sheet;
    }

    private void text(int r, int col, String text) {
        if (text.isEmpty()) {
            return;
        }
        sheet.value(r, col, text);
        if (formulaLike(text)) {
            sheet.style(r, col).format("@").set();
        }
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Text a spreadsheet would read as a formula or a command: it starts with = + - @, a tab or a carriage return. */
    public static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * A CSV field that Excel will not run as a formula: formula-like text gets a leading apostrophe, which Excel
     * shows as text (OWASP's advice). Imports drop it again ({@link #unescapeCsv}), so a file round-trips.
     */
    public static String csvSafe(String text) {
        return text != null && formulaLike(text) ? "'" + text : text;
    }

    /** The inverse of {@link #csvSafe}: an apostrophe before formula-like text is dropped. */
    public static String unescapeCsv(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && formulaLike(text.substring(1))
                ? text.substring(1)
                : text;
    }

    /** {@code Content-Disposition} for a download whose name may be Chinese (RFC 6266 with RFC 5987). */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
