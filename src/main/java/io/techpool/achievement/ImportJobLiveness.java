package io.techpool.achievement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.techpool.platform.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Whether a background import still has a replica working on it. The replica that runs a job beats for it
 * ({@code heartbeat_at = now()}, the database's clock, so replicas' clocks do not matter) every
 * {@code techpool.import.heartbeat-every}; a RUNNING job without a beat for {@code techpool.import.abandoned-after}
 * lost its replica (killed, stopped, cut off from the database) and is ended FAILED by whichever replica sees it
 * first: the sweep below (one replica at a time, under a lease), or the replica a client asks for the job. Each
 * job is claimed with {@code FOR UPDATE SKIP LOCKED}, so that sweep and a client's request end it once, and a job
 * in its last transaction (which holds its row) is never taken for dead. The file was kept on the dead replica only, so the job cannot
 * be resumed; its drafts commit together with its final state ({@link ImportJobs}), so a job ended here created
 * nothing and the file can simply be uploaded again, as its message says. See
 * docs/decisions/021-import-jobs-survive-a-crash.md.
 */
@ApplicationScoped
class ImportJobLiveness {

    private static final Logger LOG = Logger.getLogger(ImportJobLiveness.class);

    /** The sweep's lease: one replica sweeps at a time, as every scheduled job (decision 013). */
    static final String LEASE = "import-abandoned";

    @Inject
    EntityManager em;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportConfig config;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    /** The jobs this replica runs. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    void started(UUID id) {
        running.add(id);
    }

    void ended(UUID id) {
        running.remove(id);
    }

    /**
     * Tells the database that this replica's jobs are alive. A job whose row is locked is in its last
     * transaction and needs no beat; waiting for that lock would hold up the beats of the others.
     */
    @Scheduled(
            every = "${techpool.import.heartbeat-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        if (running.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(running);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        update achievement_import_job set heartbeat_at = now()
                        where id in (select id from achievement_import_job
                                     where id in (:ids) and state = 'RUNNING' for update skip locked)""").setParameter("ids", ids).executeUpdate());
    }

    @Scheduled(
            every = "${techpool.import.heartbeat-every:10s}",
            delayed = "${techpool.import.heartbeat-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        leases.runExclusively(LEASE, Duration.ofMinutes(1), () -> failAbandoned(null));
    }

    /**
     * Ends FAILED every RUNNING job (or only job {@code only}, when not null) whose replica stopped beating for it,
     * with a 503 problem in the language of whoever started it. Answers how many it ended.
     */
    int failAbandoned(UUID only) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var claim = em.createNativeQuery(
                            "select id from achievement_import_job where state = 'RUNNING'"
                                    + " and heartbeat_at < now() - make_interval(secs => :seconds)"
                                    + (only == null ? "" : " and id = :id")
                                    + " for update skip locked",
                            UUID.class)
                    .setParameter("seconds", (double) config.abandonedAfter().toMillis() / 1000);
            if (only != null) {
                claim.setParameter("id", only);
            }
            List<?> abandoned = claim.getResultList();
            for (Object id : abandoned) {
                ImportJob job = jobs.findById((UUID) id);
                job.state = ImportJobView.State.FAILED;
                job.problem =
                        new ImportJobView.Refusal(503, job.language.messages().importJobInterrupted());
                job.updatedAt = OffsetDateTime.now(clock);
                LOG.warnf(
                        "Import job %s of %s had no heartbeat for %s (its replica stopped at %d of %d rows checked);"
                                + " ended FAILED, nothing was created",
                        job.id, job.organizationCode, config.abandonedAfter(), job.done, job.total);
            }
            return abandoned.size();
        });
    }
}
