package io.techpool.platform.search;

import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

/**
 * Rebuilds every index from the database as a background job with progress. Indexes are not
 * dropped or purged first, so searches keep answering while documents are rewritten; writes made
 * meanwhile still arrive through the outbox.
 */
@ApplicationScoped
class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class);

    /** Progress as an operator sees it. */
    public record Progress(
            String state,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            long total,
            long indexed,
            String error) {}

    @Inject
    SearchMapping search;

    @Inject
    Clock clock;

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile String state = "IDLE";
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile String error;

    public synchronized Progress start() {
        if ("RUNNING".equals(state)) {
            throw new DomainException.Conflict(Messages::indexRebuildRunning);
        }
        total.set(0);
        indexed.set(0);
        error = null;
        state = "RUNNING";
        startedAt = OffsetDateTime.now(clock);
        finishedAt = null;
        search.scope(Object.class)
                .massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, failure) -> {
                    finishedAt = OffsetDateTime.now(clock);
                    if (failure != null) {
                        LOG.error("Index rebuild failed", failure);
                        error = failure.getClass().getSimpleName();
                        state = "FAILED";
                    } else {
                        state = "DONE";
                    }
                });
        return progress();
    }

    public Progress progress() {
        return new Progress(state, startedAt, finishedAt, total.get(), indexed.get(), error);
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            indexed.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
        }

        @Override
        public void indexingCompleted() {}
    }
}
