package io.techpool.platform.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

/**
 * Creates or updates the search indexes at start and, while the cluster cannot be reached, keeps trying in
 * the background: the app starts and serves everything but searching when search is down (issue 12 #3), and
 * the writes made meanwhile reach the indexes through the outbox once they exist. Hibernate Search's own
 * start-time schema management would fail the start instead, so it is off
 * ({@code schema-management.strategy=none}, version check off with the version configured).
 */
@ApplicationScoped
public class SearchSchema {

    private static final Logger LOG = Logger.getLogger(SearchSchema.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);

    @Inject
    SearchMapping search;

    private volatile boolean ready;
    private volatile Thread worker;

    /** Whether the indexes exist with the mapping this version of the app needs. */
    public boolean ready() {
        return ready;
    }

    void start(@Observes StartupEvent start) {
        // One attempt in the start itself, so a healthy cluster has its indexes before the first request.
        if (!createOrUpdate(true)) {
            worker = Thread.ofPlatform().daemon().name("search-schema").start(this::retryUntilCreated);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        Thread w = worker;
        if (w != null) {
            w.interrupt();
        }
    }

    private void retryUntilCreated() {
        long attempts = 1;
        long logEvery = LOG_EVERY.toMillis() / RETRY.toMillis();
        try {
            do {
                Thread.sleep(RETRY);
                attempts++;
            } while (!createOrUpdate(attempts % logEvery == 0));
            LOG.infof("Search indexes created or updated after %d attempts", attempts);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean createOrUpdate(boolean log) {
        try {
            search.scope(Object.class).schemaManager().createOrUpdate();
            ready = true;
            return true;
        } catch (RuntimeException unreachable) {
            if (log) {
                LOG.warnf(
                        "Search cluster not ready (%s); the app serves everything but searching and retries every %d s",
                        unreachable.getMessage(), RETRY.toSeconds());
            }
            return false;
        }
    }
}
