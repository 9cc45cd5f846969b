package io.techpool.platform.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

/**
 * Rebuilds every index from the database as a background job with progress. Indexes are not
 * dropped or purged first, so searches keep answering while documents are rewritten; writes made
 * meanwhile still arrive through the outbox. One rebuild in the whole cluster: the replica that runs it
 * holds the lease "index-rebuild" and writes its progress to {@code index_rebuild}, which every replica
 * reports. A rebuild whose replica died (its lease ran out) is reported as failed.
 */
@ApplicationScoped
class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class);

    static final String LEASE = "index-rebuild";

    /** The lease outlives a missed heartbeat or two, not a dead replica by much. */
    private static final Duration LEASE_TTL = Duration.ofSeconds(60);

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

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
    JobLeases leases;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    @Inject
    Clock clock;

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile boolean running;

    /** Which rebuild of this replica is the current one, so an old heartbeat stops. */
    private long run;

    public synchronized Progress start() {
        if (running || !leases.acquire(LEASE, LEASE_TTL)) {
            throw new DomainException.Conflict(Messages::indexRebuildRunning);
        }
        total.set(0);
        indexed.set(0);
        running = true;
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into index_rebuild (id, state, holder, started_at, finished_at, total, indexed, error)
                        values (1, 'RUNNING', :holder, :startedAt, null, 0, 0, null)
                        on conflict (id) do update set state = 'RUNNING', holder = excluded.holder,
                            started_at = excluded.started_at, finished_at = null, total = 0, indexed = 0, error = null""")
                        .setParameter("holder", leases.holder())
                        .setParameter("startedAt", startedAt)
                        .executeUpdate());
        long mine = ++run;
        executor.runAsync(() -> heartbeat(mine));
        search.scope(Object.class)
                .massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, failure) -> finish(failure));
        return progress();
    }

    /**
     * Keeps the lease and the reported progress fresh while rebuild number {@code mine} runs. Under the same
     * lock as {@link #finish}, so a beat never writes RUNNING over the final state or takes the lease again.
     */
    private void heartbeat(long mine) {
        while (true) {
            synchronized (this) {
                if (!running || run != mine) {
                    return;
                }
                try {
                    leases.acquire(LEASE, LEASE_TTL);
                    write("RUNNING", null, null);
                } catch (RuntimeException e) {
                    LOG.warn("Index rebuild heartbeat failed; trying again", e);
                }
            }
            try {
                Thread.sleep(HEARTBEAT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void finish(Throwable failure) {
        running = false;
        try {
            if (failure != null) {
                LOG.error("Index rebuild failed", failure);
                write("FAILED", OffsetDateTime.now(clock), failure.getClass().getSimpleName());
            } else {
                write("DONE", OffsetDateTime.now(clock), null);
            }
        } finally {
            leases.release(LEASE);
        }
    }

    private void write(String state, OffsetDateTime finishedAt, String error) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        update index_rebuild set state = :state, finished_at = :finishedAt, total = :total,
                            indexed = :indexed, error = :error
                        where id = 1 and holder = :holder""")
                        .unwrap(org.hibernate.query.NativeQuery.class)
                        .setParameter("state", state)
                        .setParameter("finishedAt", finishedAt, OffsetDateTime.class)
                        .setParameter("total", total.get())
                        .setParameter("indexed", indexed.get())
                        .setParameter("error", error, String.class)
                        .setParameter("holder", leases.holder())
                        .executeUpdate());
    }

    /** The last rebuild of the cluster, as its replica last wrote it; IDLE when there was none. */
    public Progress progress() {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select state, started_at, finished_at, total, indexed, error from index_rebuild where id = 1",
                                Object[].class)
                        .getResultList());
        if (rows.isEmpty()) {
            return new Progress("IDLE", null, null, 0, 0, null);
        }
        Object[] row = (Object[]) rows.getFirst();
        String state = (String) row[0];
        String error = (String) row[5];
        if ("RUNNING".equals(state) && !running && !leases.held(LEASE)) {
            state = "FAILED";
            error = "Interrupted"; // its replica stopped without finishing
        }
        return new Progress(
                state, time(row[1]), time(row[2]), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), error);
    }

    /** A time of the row in TechPool's time zone, whichever type the driver answered with. */
    private OffsetDateTime time(Object value) {
        java.time.Instant instant = switch (value) {
            case null -> null;
            case OffsetDateTime time -> time.toInstant();
            case java.time.Instant time -> time;
            case java.sql.Timestamp time -> time.toInstant();
            default -> throw new IllegalStateException("unexpected time " + value.getClass());
        };
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
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
