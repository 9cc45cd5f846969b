package io.techpool.achievement;

import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Language;
import io.techpool.platform.ProblemMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellAddress;

/**
 * Bulk registration: an {@code .xlsx} or {@code .csv} in the template's columns becomes drafts of the caller's
 * organization, all or none. Every row is checked with the rules of {@code POST /api/v1/achievements}: the
 * constraints of {@link AchievementInput} through the same validator and {@link AchievementService}'s reference
 * checks; every error of every row is answered at once, as {@code {row, column, field, message}}.
 */
@ApplicationScoped
public class AchievementImport {

    /** Rows above the header a file may have (a title, notes); the header is the first row naming our columns. */
    static final int HEADER_SCAN = 10;

    @Inject
    AchievementService achievements;

    @Inject
    Validator validator;

    @Inject
    ImportConfig config;

    /** An uploaded file as the resource or the page received it. */
    public record Upload(Path file, String fileName, String contentType, long size) {}

    /** Checks the file and, unless {@code dryRun} or any row is wrong, creates its drafts in one transaction. */
    public ImportResult run(CurrentUser user, Upload upload, boolean dryRun, Language language) {
        String organization = achievements.registeringOrganization(user);
        Checked checked = check(upload, language, config.maxRows(), (done, total) -> {});
        return create(organization, checked, dryRun);
    }

    /** What was read and checked of a file, before anything is created. */
    record Checked(List<Integer> rows, List<AchievementInput> inputs, List<ImportResult.RowError> errors) {}

    /** Told how far a check got: rows checked of the rows the file has. */
    @FunctionalInterface
    interface Progress {
        void at(int done, int total);
    }

    /** The refusals that need no reading: too large (413), not an .xlsx or CSV (415). */
    SheetRows.Format precheck(Upload upload) {
        refuseOversize(upload);
        return SheetRows.format(upload.file(), upload.fileName(), upload.contentType());
    }

    /** Reads and checks every row of a file of at most {@code maxRows} achievements; creates nothing. */
    Checked check(Upload upload, Language language, int maxRows, Progress progress) {
        SheetRows.Format format = precheck(upload);
        List<SheetRows.Row> rows = SheetRows.read(upload.file(), format, config, maxRows + HEADER_SCAN + 1);
        Header header = header(rows, language);
        List<SheetRows.Row> data = rows.subList(header.firstDataRow(), rows.size());
        if (data.size() > maxRows) {
            int limit = maxRows;
            throw new DomainException.TooLarge(m -> m.importTooManyRows(limit));
        }
        if (data.isEmpty() && header.errors().isEmpty()) {
            throw new DomainException.Invalid("file", m -> m.importNoRows());
        }
        progress.at(0, data.size());
        List<ImportResult.RowError> errors = new ArrayList<>(header.errors());
        List<Integer> numbers = new ArrayList<>();
        List<AchievementInput> inputs = new ArrayList<>();
        for (SheetRows.Row row : data) {
            Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
            header.columns().forEach((index, column) -> cells.put(column, row.cell(index)));
            row.errors()
                    .forEach((index, value) -> errors.add(new ImportResult.RowError(
                            row.number(),
                            letter(index),
                            header.names().get(index),
                            header.fieldAt(index),
                            language.messages().importCellError(value))));
            SheetCells.Parsed parsed = SheetCells.parse(cells);
            errors.addAll(rowErrors(row.number(), parsed, header, language));
            numbers.add(row.number());
            inputs.add(parsed.input());
            progress.at(numbers.size(), data.size());
        }
        errors.sort(Comparator.comparingInt(ImportResult.RowError::row).thenComparing(AchievementImport::columnOrder));
        return new Checked(numbers, inputs, errors);
    }

    ImportResult create(String organization, Checked checked, boolean dryRun) {
        if (!checked.errors().isEmpty() || dryRun) {
            return new ImportResult(dryRun, checked.inputs().size(), List.of(), checked.errors());
        }
        List<UUID> ids = achievements.createAll(organization, checked.inputs());
        List<ImportResult.Created> created = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            created.add(new ImportResult.Created(
                    checked.rows().get(i),
                    ids.get(i).toString(),
                    checked.inputs().get(i).title().zh()));
        }
        return new ImportResult(false, ids.size(), created, List.of());
    }

    private void refuseOversize(Upload upload) {
        long limit = config.maxFileSize().asLongValue();
        if (upload.size() > limit) {
            throw new DomainException.TooLarge(m -> m.importFileTooLarge(limit));
        }
    }

    /** The errors of one row: what could not be read, then the API's rules on the rest. */
    private List<ImportResult.RowError> rowErrors(int row, SheetCells.Parsed parsed, Header header, Language language) {
        List<ImportResult.RowError> errors = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (SheetCells.Unreadable u : parsed.unreadable()) {
            unreadable.add(u.field());
            errors.add(error(row, u.field(), u.message().in(language), header));
        }
        for (ConstraintViolation<AchievementInput> violation : validator.validate(parsed.input())) {
            String field = ProblemMapper.field(violation);
            if (unreadable.stream().noneMatch(u -> u.startsWith(field) || field.startsWith(u))) {
                errors.add(error(row, field, violation.getMessage(), header));
            }
        }
        for (DomainException.Invalid.Field reference : achievements.referenceErrors(parsed.input())) {
            errors.add(error(row, reference.name(), reference.message().in(language), header));
        }
        return errors;
    }

    private static ImportResult.RowError error(int row, String field, String message, Header header) {
        SheetColumn column = SheetColumn.ofField(field).orElse(null);
        Integer index = header.indexOf(column);
        return new ImportResult.RowError(
                row,
                index == null ? null : letter(index),
                index == null
                        ? (column == null ? null : column.header(Language.ZH))
                        : header.names().get(index),
                field,
                message);
    }

    /**
     * The header: the first row (of the first {@value #HEADER_SCAN}) where most filled cells name columns. A row
     * right below it that names the same columns (the template's English header row) is a header too. Cells that
     * name no column are errors; so is a column named twice.
     */
    private static Header header(List<SheetRows.Row> rows, Language language) {
        for (int i = 0; i < Math.min(HEADER_SCAN, rows.size()); i++) {
            SheetRows.Row row = rows.get(i);
            long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
            long known = row.cells().stream()
                    .filter(c -> SheetColumn.ofHeader(c).isPresent())
                    .count();
            if (known > 0 && known * 2 >= filled) {
                Header header = Header.of(row, language);
                int next = i + 1;
                if (next < rows.size() && header.repeatedBy(rows.get(next))) {
                    next++;
                }
                return header.from(next);
            }
        }
        throw new DomainException.Invalid("file", m -> m.importNoHeader(HEADER_SCAN));
    }

    /** Left to right: errors of no column first, then A … Z, AA …; the same column in the order found. */
    private static String columnOrder(ImportResult.RowError error) {
        String column = error.column() == null ? "" : error.column();
        return (char) ('0' + column.length()) + column;
    }

    /** Spreadsheet column letters: 0 → A, 26 → AA. */
    static String letter(int index) {
        return CellAddress.convertNumToColString(index);
    }

    private record Header(
            int row,
            Map<Integer, SheetColumn> columns,
            Map<Integer, String> names,
            List<ImportResult.RowError> errors,
            int firstDataRow) {

        static Header of(SheetRows.Row row, Language language) {
            Map<Integer, SheetColumn> columns = new java.util.LinkedHashMap<>();
            Map<Integer, String> names = new java.util.HashMap<>();
            List<ImportResult.RowError> errors = new ArrayList<>();
            for (int index = 0; index < row.cells().size(); index++) {
                String name = row.cells().get(index).strip();
                if (name.isEmpty()) {
                    continue;
                }
                names.put(index, name);
                var column = SheetColumn.ofHeader(name);
                if (column.isEmpty()) {
                    errors.add(new ImportResult.RowError(
                            row.number(),
                            letter(index),
                            name,
                            null,
                            language.messages().importUnknownColumn(name)));
                } else if (columns.containsValue(column.get())) {
                    errors.add(new ImportResult.RowError(
                            row.number(),
                            letter(index),
                            name,
                            column.get().field,
                            language.messages().importDuplicateColumn(name)));
                } else if (!column.get().readOnly) {
                    columns.put(index, column.get());
                }
            }
            return new Header(row.number(), columns, names, errors, 0);
        }

        /** Whether a row names the same column in every filled cell (a second header row in the other language). */
        boolean repeatedBy(SheetRows.Row next) {
            boolean any = false;
            for (int index = 0; index < next.cells().size(); index++) {
                String cell = next.cells().get(index);
                if (cell.isBlank()) {
                    continue;
                }
                var column = SheetColumn.ofHeader(cell);
                if (column.isEmpty() || (columns.containsKey(index) && columns.get(index) != column.get())) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        Header from(int firstDataRow) {
            return new Header(row, columns, names, errors, firstDataRow);
        }

        Integer indexOf(SheetColumn column) {
            for (var e : columns.entrySet()) {
                if (e.getValue() == column) {
                    return e.getKey();
                }
            }
            return null;
        }

        String fieldAt(int index) {
            SheetColumn column = columns.get(index);
            return column == null ? null : column.field;
        }
    }
}
