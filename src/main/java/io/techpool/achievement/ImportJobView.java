package io.techpool.achievement;

import java.time.OffsetDateTime;

/**
 * What {@code GET /api/v1/achievements/import/jobs/{id}} answers: the state, {@code done} of {@code total} rows
 * checked, then the import's answer ({@code result}) or why the whole file was refused ({@code problem}).
 */
public record ImportJobView(
        String id,
        State state,
        boolean dryRun,
        long done,
        long total,
        ImportResult result,
        Refusal problem,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public boolean finished() {
        return state != State.RUNNING;
    }

    public enum State {
        /** Reading and checking the rows ({@code done} of {@code total}), then creating the drafts. */
        RUNNING,
        /** Every row valid: the drafts were created (or, on a dry run, would be). */
        SUCCEEDED,
        /** Some rows are wrong: nothing was created; {@code result.errors} lists them. */
        REJECTED,
        /**
         * The file as a whole was refused (too large, unreadable, no header), or the replica running the job stopped
         * before it finished (503: nothing was created, upload again): {@code problem} says why.
         */
        FAILED
    }

    /**
     * Why a whole file was refused, as the synchronous import's problem would say it. Not named Problem: the
     * OpenAPI document names schemas by simple class name, and {@code Problem} is the RFC 9457 body's.
     */
    public record Refusal(int status, String detail) {}
}
