package io.techpool.platform.search;

import io.quarkus.logging.LoggingFilter;
import java.util.Arrays;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops Hibernate ORM's start-up warning that it has no pre-generated proxies for Hibernate
 * Search's two outbox entities. They are registered by Hibernate Search itself rather than by a
 * Quarkus extension (see docs/decisions/002-search-indexing.md) and are never lazily loaded.
 */
@LoggingFilter(name = "outbox-proxy-warning")
public final class OutboxProxyWarningFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        // The entity name may be in the message or in its parameters, depending on how it was logged.
        String text = record.getMessage() + " " + Arrays.toString(record.getParameters());
        return !(text.contains("HHH000305") && text.contains("org.hibernate.search.mapper.orm.outboxpolling"));
    }
}
