package io.techpool.platform;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a database failure means, read from PostgreSQL's SQLState somewhere in the cause chain: a service that
 * expects one (a duplicate on a named unique constraint) asks for exactly that one and lets every other failure
 * pass as the unexpected failure it is. One meaning per state, never one meaning for every failure.
 */
public final class PersistenceFailures {

    /** {@code unique_violation}. */
    static final String UNIQUE_VIOLATION = "23505";

    /** {@code serialization_failure}: a concurrent transaction changed what this one read. */
    static final String SERIALIZATION_FAILURE = "40001";

    /** {@code deadlock_detected}: PostgreSQL rolled this transaction back to break a lock cycle. */
    static final String DEADLOCK_DETECTED = "40P01";

    private PersistenceFailures() {}

    /** Whether the failure is a duplicate on the unique constraint or index {@code constraint}. */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null
                    && sql.getMessage().contains("\"" + constraint + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first SQL failure in the cause chain, if any. */
    static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** Whether an optimistic-lock failure (a stale version) is somewhere in the cause chain. */
    static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
