package io.techpool.platform.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;
import io.techpool.platform.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

/**
 * Puts index updates that Hibernate Search gave up on back in line. Its outbox processor retries a failed event
 * three times, {@code retry_delay} apart, then marks it ABORTED and never looks at it again: after an outage
 * longer than that budget, writes made during it would never reach the index. So while the search cluster
 * answers, aborted events become pending again (retries reset), on one replica at a time; the processors
 * index them within a polling interval. An event that fails for another reason than an outage comes back
 * every {@code requeue-aborted-every} and is counted and logged each time, not lost silently.
 */
@ApplicationScoped
public class AbortedIndexEvents {

    private static final Logger LOG = Logger.getLogger(AbortedIndexEvents.class);

    @Inject
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    SearchConfig config;

    @Inject
    @Wellness
    SearchReadiness cluster;

    private final Counter requeued;

    @Inject
    AbortedIndexEvents(MeterRegistry registry) {
        requeued = Counter.builder("techpool.search.events.requeued")
                .description("Index updates put back in line after Hibernate Search had given up on them")
                .register(registry);
    }

    @Scheduled(
            every = "${techpool.search.requeue-aborted-every:30s}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (cluster.call().getStatus() != HealthCheckResponse.Status.UP) {
            return; // they would only be aborted again
        }
        leases.runExclusively("search-requeue-aborted", Duration.ofMinutes(5), this::requeue);
    }

    /** Makes every aborted event pending again, due now; answers how many. */
    public int requeue() {
        int count = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                update hsearch_outbox_event set status = 'PENDING', retries = 0, process_after = now()
                where status = 'ABORTED'""").executeUpdate());
        if (count > 0) {
            requeued.increment(count);
            LOG.warnf(
                    "%d index updates had been given up on (search unreachable for longer than Hibernate Search's"
                            + " retries); queued again, as they are every %s",
                    count, config.requeueAbortedEvery());
        }
        return count;
    }
}
