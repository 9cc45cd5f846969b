package io.techpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database failure is read for what it means wherever it sits in the cause chain, and only for that. */
class PersistenceFailuresTest {

    private static SQLException duplicate(String constraint) {
        return new SQLException(
                "ERROR: duplicate key value violates unique constraint \"" + constraint + "\"", "23505");
    }

    @Test
    void aStaleVersionAtCommit_isFound_throughTheRollbackAndCdiWrappers() {
        var atCommit = new RuntimeException("undeclared", new jakarta.transaction.RollbackException("rolled back") {
            {
                initCause(new OptimisticLockException("stale"));
            }
        });
        assertThat(PersistenceFailures.isStale(atCommit)).isTrue();
        assertThat(PersistenceFailures.isStale(new PersistenceException(duplicate("x"))))
                .isFalse();
    }

    @Test
    void aUniqueViolation_isThatOfItsOwnConstraint_only() {
        var failure = new PersistenceException("flush", duplicate("match_request_open"));
        assertThat(PersistenceFailures.isUniqueViolation(failure, "match_request_open"))
                .isTrue();
        assertThat(PersistenceFailures.isUniqueViolation(failure, "organization_pkey"))
                .isFalse();
    }

    @Test
    void aNumericOverflow_isNoDuplicate() {
        var overflow = new PersistenceException("flush", new SQLException("ERROR: numeric field overflow", "22003"));
        assertThat(PersistenceFailures.isUniqueViolation(overflow, "match_request_open"))
                .isFalse();
        assertThat(PersistenceFailures.sqlState(overflow)).contains("22003");
    }
}
