package io.techpool.achievement;

import java.util.List;

/**
 * What an import answers: the rows read, the drafts created (none on a dry run or when any row is wrong), and
 * every error of every row. {@code row} is the row number the spreadsheet shows, {@code column} its letter
 * ({@code C}), {@code header} the column's header as the file has it, {@code field} the API's field
 * ({@code ipRights[1].kind}; absent for a column that is not a field).
 */
public record ImportResult(boolean dryRun, int rows, List<Created> created, List<RowError> errors) {

    public record Created(int row, String id, String title) {}

    public record RowError(int row, String column, String header, String field, String message) {}

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The counts as the pages' messages take them. */
    public long rowCount() {
        return rows;
    }

    public long createdCount() {
        return created.size();
    }

    public long errorCount() {
        return errors.size();
    }
}
