package io.techpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Only a database that cannot be reached is a 503; every other persistence error keeps its own meaning. */
class DatabaseUnreachableTest {

    @Test
    void aConnectionException_anywhereInTheChain_isUnreachable() {
        assertThat(ProblemMapper.databaseUnreachable(
                        new PersistenceException(new SQLException("Connection refused", "08001"))))
                .isTrue();
        assertThat(ProblemMapper.databaseUnreachable(new JDBCConnectionException(
                        "Unable to acquire JDBC Connection", new SQLException("I/O error", "08006"))))
                .isTrue();
    }

    @Test
    void aConnectionTheServerEndedAsItShutDown_isUnreachable() {
        // What a connection the pool held gets when PostgreSQL stops: DatabaseOutageIT met it as a 500.
        assertThat(ProblemMapper.databaseUnreachable(new org.hibernate.exception.GenericJDBCException(
                        "JDBC exception executing SQL",
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void thePoolUnableToHandOutAConnection_isUnreachable() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        timeout.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", null, 1)
        });
        assertThat(ProblemMapper.databaseUnreachable(new PersistenceException(timeout)))
                .isTrue();
    }

    @Test
    void otherPersistenceErrors_areNot() {
        assertThat(ProblemMapper.databaseUnreachable(new ConstraintViolationException(
                        "duplicate", new SQLException("duplicate key", "23505"), "uk")))
                .isFalse();
        assertThat(ProblemMapper.databaseUnreachable(
                        new PersistenceException(new SQLException("deadlock detected", "40P01"))))
                .isFalse();
        assertThat(ProblemMapper.databaseUnreachable(new SQLException("no state, not the pool's")))
                .isFalse();
    }
}
