package io.techpool.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Once per cluster: a scheduled job runs on a replica only while that replica holds the job's lease (a row of
 * {@code job_lease}). Taking it is one conditional upsert, so two replicas asking at once cannot both win; a
 * lease whose holder died runs out and is taken over. Each lease is taken and released in a transaction of its
 * own, never the job's. The jobs themselves change rows only under conditions that make a second run harmless
 * (see docs/decisions/013-mail-outbox-and-cluster-jobs.md); the lease keeps them from running twice at once.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class);

    /** This replica, as the lease rows name it: host and process, plus a random part for restarts. */
    static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EntityManager em;

    /** This replica's name in lease rows. */
    public String holder() {
        return HOLDER;
    }

    /**
     * Takes (or extends) the lease {@code name} for {@code ttl} if it is free, expired or already this
     * replica's. Answers whether this replica holds it now.
     */
    public boolean acquire(String name, Duration ttl) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        insert into job_lease (name, holder, until)
                        values (:name, :holder, now() + make_interval(secs => :seconds))
                        on conflict (name) do update set holder = excluded.holder, until = excluded.until
                        where job_lease.until < now() or job_lease.holder = excluded.holder""")
                                .setParameter("name", name)
                                .setParameter("holder", HOLDER)
                                .setParameter("seconds", (double) ttl.toMillis() / 1000)
                                .executeUpdate()
                        == 1);
    }

    /** Gives the lease up at once, if this replica holds it, so the next run need not wait for it to run out. */
    public void release(String name) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from job_lease where name = :name and holder = :holder")
                        .setParameter("name", name)
                        .setParameter("holder", HOLDER)
                        .executeUpdate());
    }

    /** Whether any replica holds the lease {@code name} now. */
    public boolean held(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery("select 1 from job_lease where name = :name and until >= now()")
                        .setParameter("name", name)
                        .getResultList()
                        .isEmpty());
    }

    /**
     * Runs {@code job} if this replica gets the lease, then releases it; answers whether it ran. {@code ttl}
     * bounds a run: were this replica to hang past it, another could start the job.
     */
    public boolean runExclusively(String name, Duration ttl, Runnable job) {
        if (!acquire(name, ttl)) {
            LOG.debugf("Job %s runs on another replica; skipped here", name);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            release(name);
        }
    }
}
