package io.techpool.achievement;

import io.techpool.platform.DomainException;
import io.techpool.platform.excel.SheetWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * The rows of an uploaded {@code .xlsx} (its first sheet) or {@code .csv} as text, each cell as the person who
 * typed it means it: a number is written as typed ({@code 1234567}, not {@code 1234567.0}; {@code 1.38E10} as
 * {@code 13800138000}), a date as {@code 2026-03-01}, a formula as its cached value, an Excel error as an error of
 * that cell, a merged cell as {@link MergedRanges} reads it. Blank rows (trailing ones, gaps) are left out. Libraries
 * do the reading: FastExcel for {@code .xlsx}, Commons CSV for CSV; this class only decides what comes in and what
 * the cells mean.
 */
final class SheetRows {

    /** One row: its number as the spreadsheet shows it (from 1), its cells from column A, cells holding errors. */
    record Row(int number, List<String> cells, Map<Integer, String> errors) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return errors.isEmpty() && cells.stream().allMatch(String::isBlank);
        }
    }

    enum Format {
        XLSX,
        CSV
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Parts (entries) an .xlsx may have: a spreadsheet has a few dozen. */
    private static final int MAX_ENTRIES = 10_000;

    /** A part must unpack to more than this before its compression ratio counts. */
    private static final long RATIO_FLOOR = 1 << 20;

    private SheetRows() {}

    /**
     * What the file is, by its first bytes and then its name: a zip is an {@code .xlsx}, an OLE2 file an old
     * {@code .xls} (refused with advice), text named {@code .csv} or sent as CSV is CSV.
     */
    static Format format(Path file, String fileName, String contentType) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
            return Format.XLSX;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if ((read == 8 && ReadableWorkbook.isOLE2Header(head)) || name.endsWith(".xls") || name.endsWith(".xlsx")) {
            throw new DomainException.Unsupported(m -> m.importUnsupportedFile());
        }
        if (name.endsWith(".csv") || type.startsWith("text/csv") || type.startsWith("text/plain")) {
            return Format.CSV;
        }
        throw new DomainException.Unsupported(m -> m.importUnsupportedFile());
    }

    /** Up to {@code maxRows} non-blank rows of the file; the caller reads one more than it accepts to tell. */
    static List<Row> read(Path file, Format format, ImportConfig limits, int maxRows) {
        return switch (format) {
            case XLSX -> {
                refuseZipBomb(file, limits);
                yield readXlsx(file, maxRows);
            }
            case CSV -> readCsv(file, maxRows);
        };
    }

    /**
     * Refuses an {@code .xlsx} that would unpack to more than the limit, or one part of which is compressed more
     * than a spreadsheet ever is, before the reader sees it. Sizes written in the zip can lie, so every part is
     * inflated and counted here, stopping at the limit.
     */
    static void refuseZipBomb(Path file, ImportConfig limits) {
        long max = limits.maxUnpackedSize().asLongValue();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES || entry.getSize() > max) {
                    throw tooBig(max);
                }
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        if (total + unpacked > max) {
                            throw tooBig(max);
                        }
                    }
                }
                total += unpacked;
                long packed = Math.max(1, entry.getCompressedSize());
                if (unpacked > RATIO_FLOOR && unpacked / packed > limits.maxCompressionRatio()) {
                    throw tooBig(max);
                }
            }
        } catch (ZipException e) {
            throw unreadable();
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static DomainException tooBig(long max) {
        return new DomainException.TooLarge(m -> m.importUnpackedTooLarge(max));
    }

    private static DomainException unreadable() {
        return new DomainException.Invalid("file", m -> m.importUnreadable());
    }

    private static List<Row> readXlsx(Path file, int maxRows) {
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = open(file);
                Stream<org.dhatim.fastexcel.reader.Row> sheet =
                        workbook.getFirstSheet().openStream()) {
            MergedRanges.Filler merged =
                    MergedRanges.read(file, workbook.getFirstSheet().getId()).filler();
            Iterator<org.dhatim.fastexcel.reader.Row> it = sheet.iterator();
            while (it.hasNext() && rows.size() < maxRows) {
                org.dhatim.fastexcel.reader.Row source = it.next();
                List<String> cells = new ArrayList<>();
                Map<Integer, String> errors = new HashMap<>();
                for (int col = 0; col < source.getCellCount(); col++) {
                    Cell cell = source.getCell(col);
                    if (cell != null && isError(cell)) {
                        errors.put(col, cell.getRawValue());
                        cells.add("");
                    } else {
                        cells.add(cell == null ? "" : text(cell));
                    }
                }
                Row row = new Row(source.getRowNum(), cells, errors);
                // a row that holds nothing of its own is blank, even where a merge above reaches into it
                boolean blank = row.blank();
                merged.fill(source.getRowNum() - 1, cells, errors);
                if (!blank) {
                    rows.add(row);
                }
            }
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw unreadable();
        }
        return rows;
    }

    /**
     * With cell formats (to tell dates from numbers) when the file has a styles part; files some tools write
     * without one are read without formats, where no number can be formatted as a date anyway.
     */
    private static ReadableWorkbook open(Path file) throws IOException {
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (ExcelReaderException noStyles) {
            return new ReadableWorkbook(file.toFile(), ReadingOptions.DEFAULT_READING_OPTIONS);
        }
    }

    /** Excel's error values; a formula's cached error comes as its text, so it is told apart by these. */
    private static final java.util.Set<String> ERROR_VALUES = java.util.Set.of(
            "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");

    private static boolean isError(Cell cell) {
        return cell.getType() == org.dhatim.fastexcel.reader.CellType.ERROR
                || (cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA
                        && ERROR_VALUES.contains(cell.getRawValue()));
    }

    /** A cell's value as the person who typed it sees it. */
    static String text(Cell cell) {
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case EMPTY, ERROR -> "";
            case STRING -> cell.asString() == null ? "" : cell.asString();
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case NUMBER -> isDate(cell) ? date(cell.asDate()) : number(raw);
            case FORMULA -> raw == null ? "" : looksNumeric(raw) ? number(raw) : raw;
        };
    }

    /** 1234567 as {@code 1234567}, 1.5 as {@code 1.5}, 1.3800138E10 as {@code 13800138000}. */
    private static String number(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** Only a formula's decimal or exponent results are rewritten; {@code 0123} computed as text stays. */
    private static boolean looksNumeric(String raw) {
        return raw.matches("-?\\d+\\.\\d+([eE][+-]?\\d+)?|-?\\d+(\\.\\d+)?[eE][+-]?\\d+");
    }

    /** A number formatted as a date or time (its format has y, m, d or h outside quotes and brackets). */
    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "");
        return bare.matches("(?i).*[ymdh].*");
    }

    private static String date(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? value.toLocalDate().toString()
                : value.toString().replace('T', ' ');
    }

    private static List<Row> readCsv(Path file, int maxRows) {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    break;
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(SheetWriter.unescapeCsv(value)));
                Row row = new Row((int) record.getRecordNumber(), cells, Map.of());
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable();
        }
        return rows;
    }

    /**
     * UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, else GB18030, which reads GBK and
     * GB2312 too: what Excel on a Chinese Windows writes. Decoding strictly, so that GBK is never half-read as UTF-8.
     */
    static String decode(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
