package io.techpool.achievement;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.techpool.platform.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged cells of an {@code .xlsx} sheet, and the rule that reads them as users mean them. Excel stores a merged
 * range's value only in its top-left cell; a person sees it across the range. Chinese lists often merge a column
 * down over several rows ({@code 成果类型} once for three achievements): that value is meant for every row. A range
 * merged across columns (a title over A:B) is one wide cell, not a copy for the next column. So the rule:
 *
 * <ul>
 *   <li>the range's first column, in every row of the range, reads the top-left cell's value (and its Excel error,
 *       if it holds one);
 *   <li>its other columns read empty, in every row, as Excel shows them (a value some tool left there is hidden).
 * </ul>
 *
 * The same rule holds for header rows: it never makes a second header out of a header merged across columns, and a
 * header merged down into the row below repeats itself there, which the import takes for a second header row.
 *
 * <p>FastExcel's reader does not expose merged ranges, so they are read here from the sheet part the reader reads
 * (found as FastExcel finds it: the workbook part named by {@code [Content_Types].xml}, its relationships, the
 * sheet's relationship id). Only the {@code <mergeCell ref="B3:B6"/>} elements are looked at, with a StAX parser
 * that refuses DTDs and external entities. A ref that is not a range is ignored, as Excel's repair drops it.
 */
final class MergedRanges {

    /** A merged range, rows and columns counted from 0, bounds included. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

    static final MergedRanges NONE = new MergedRanges(List.of());

    /**
     * Most ranges a sheet may merge: 10,000 achievements (a background import) of 18 columns have 180,000 cells, at
     * most 90,000 ranges of two; each range is held in memory before the first row is read.
     */
    static final int MAX_RANGES = 100_000;

    /** Excel's sheet size: columns A … XFD, rows 1 … 1,048,576. */
    private static final int MAX_COLUMNS = 16_384;

    private static final int MAX_ROWS = 1_048_576;

    private static final Pattern CELL = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");

    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    /** By first row, so that rows read top to bottom meet each range once. */
    private final Range[] ranges;

    private MergedRanges(List<Range> ranges) {
        this.ranges = ranges.stream()
                .sorted(Comparator.comparingInt(Range::firstRow).thenComparingInt(Range::firstColumn))
                .toArray(Range[]::new);
    }

    static MergedRanges of(List<Range> ranges) {
        return new MergedRanges(ranges);
    }

    int size() {
        return ranges.length;
    }

    /**
     * The merged ranges of the sheet with relationship id {@code sheetId} ({@code Sheet.getId()} of FastExcel) in an
     * {@code .xlsx} that has passed the zip-bomb check. A part FastExcel would not find either gives no ranges.
     *
     * @throws IOException when the zip or a part's XML cannot be read
     * @throws DomainException.TooLarge when the sheet merges more than {@value #MAX_RANGES} ranges (413)
     */
    static MergedRanges read(Path xlsx, String sheetId) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String workbook = workbookPart(zip);
            String sheet = workbook == null || sheetId == null ? null : sheetPart(zip, workbook, sheetId);
            ZipEntry entry = sheet == null ? null : entry(zip, sheet);
            if (entry == null) {
                return NONE;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new MergedRanges(mergeCells(in));
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code B3:B6} (also {@code $B$3:$B$6}, lower case, or reversed corners) as a range; anything else null. */
    static Range parse(String ref) {
        if (ref == null) {
            return null;
        }
        String[] corners = ref.strip().split(":", -1);
        if (corners.length != 2) {
            return null; // one cell merges nothing; three parts are no range
        }
        int[] a = cell(corners[0]);
        int[] b = cell(corners[1]);
        if (a == null || b == null) {
            return null;
        }
        return new Range(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
    }

    /** {row, column} from 0 of a cell reference within Excel's sheet size, or null. */
    private static int[] cell(String ref) {
        Matcher m = CELL.matcher(ref);
        if (!m.matches()) {
            return null;
        }
        int column = 0;
        for (char c : m.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        int row = Integer.parseInt(m.group(2));
        if (column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) {
            return null;
        }
        return new int[] {row - 1, column - 1};
    }

    /** Fills rows with this rule as they are read, top to bottom; one per reading. */
    Filler filler() {
        return new Filler();
    }

    /**
     * Walks the ranges along with the rows: rows come in ascending order (Excel writes them so; FastExcel reads them
     * in file order), so each row only looks at the ranges that cover it, and 10,000 rows cost no more than their
     * cells. A row that goes back (a file no Excel wrote) is left as stored.
     */
    final class Filler {
        private int next;
        private int lastRow = -1;
        private final List<Active> active = new ArrayList<>();

        /** A range the rows have reached, with the value of its top-left cell (empty if that row was not stored). */
        private static final class Active {
            final Range range;
            String value = "";
            String error;

            Active(Range range) {
                this.range = range;
            }
        }

        /**
         * Applies the rule to one row: {@code index} from 0, its cells from column A (grown as needed), its Excel
         * errors by column; both are changed in place.
         */
        void fill(int index, List<String> cells, Map<Integer, String> errors) {
            if (index <= lastRow) {
                return;
            }
            lastRow = index;
            active.removeIf(a -> a.range.lastRow() < index);
            while (next < ranges.length && ranges[next].firstRow() <= index) {
                Range range = ranges[next++];
                if (range.lastRow() >= index) {
                    active.add(new Active(range));
                }
            }
            for (Active a : active) {
                Range range = a.range;
                if (range.firstRow() == index) {
                    a.value = range.firstColumn() < cells.size() ? cells.get(range.firstColumn()) : "";
                    a.error = errors.get(range.firstColumn());
                } else {
                    set(cells, range.firstColumn(), a.value);
                    if (a.error == null) {
                        errors.remove(range.firstColumn());
                    } else {
                        errors.put(range.firstColumn(), a.error);
                    }
                }
                for (int column = range.firstColumn() + 1;
                        column <= range.lastColumn() && column < cells.size();
                        column++) {
                    cells.set(column, "");
                    errors.remove(column);
                }
            }
        }

        private static void set(List<String> cells, int column, String value) {
            if (value.isEmpty() && column >= cells.size()) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }
    }

    /** The {@code ref} of each {@code <mergeCell>}; they follow {@code <sheetData>}, so the whole part is read. */
    private static List<Range> mergeCells(InputStream in) throws XMLStreamException, IOException {
        List<Range> ranges = new ArrayList<>();
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                    Range range = parse(xml.getAttributeValue(null, "ref"));
                    if (range != null) {
                        if (ranges.size() == MAX_RANGES) {
                            throw new DomainException.TooLarge(m -> m.importTooManyMergedRanges(MAX_RANGES));
                        }
                        ranges.add(range);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "mergeCells".equals(xml.getLocalName())) {
                    break; // a sheet has one list of merged ranges; what follows is print settings
                }
            }
        } finally {
            xml.close();
        }
        return ranges;
    }

    /** The workbook part as FastExcel finds it: the content types' override, else Excel's default name. */
    private static String workbookPart(ZipFile zip) throws XMLStreamException, IOException {
        ZipEntry types = entry(zip, "[Content_Types].xml");
        if (types == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(types)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(xml.getLocalName())) {
                        String type = xml.getAttributeValue(null, "ContentType");
                        if (WORKBOOK.equals(type) || MACRO_WORKBOOK.equals(type)) {
                            return xml.getAttributeValue(null, "PartName");
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return "/xl/workbook.xml";
    }

    /** The target of the workbook's relationship {@code id}, relative to the workbook's folder unless absolute. */
    private static String sheetPart(ZipFile zip, String workbook, String id) throws XMLStreamException, IOException {
        int slash = workbook.lastIndexOf('/');
        String folder = workbook.substring(0, slash + 1);
        ZipEntry rels = entry(zip, folder + "_rels/" + workbook.substring(slash + 1) + ".rels");
        if (rels == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && "Relationship".equals(xml.getLocalName())
                            && id.equals(xml.getAttributeValue(null, "Id"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        return target == null ? null : target.startsWith("/") ? target : folder + target;
                    }
                }
            } finally {
                xml.close();
            }
        }
        return null;
    }

    /** A part by name, without the leading slash; as FastExcel, by a case-insensitive match when not exact. */
    private static ZipEntry entry(ZipFile zip, String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        ZipEntry entry = zip.getEntry(bare);
        if (entry != null) {
            return entry;
        }
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry candidate = e.nextElement();
            if (candidate.getName().equalsIgnoreCase(bare)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Aalto, the StAX parser FastExcel's reader comes with and reads the sheet with (named, not whichever the class
     * path offers; the JDK's own took three times as long over a 10,000-row sheet), refusing DTDs and external
     * entities as FastExcel does: the parts come from anyone.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
