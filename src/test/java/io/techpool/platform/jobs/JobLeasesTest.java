package io.techpool.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobLeasesTest {

    @Inject
    JobLeases leases;

    @Inject
    EntityManager em;

    @Test
    void aLeaseHeldByAnotherReplica_keepsTheJobFromRunningHere() {
        String job = Fixtures.uniqueName("job");
        otherReplicaHolds(job, "interval '5 minutes'");
        AtomicInteger runs = new AtomicInteger();

        assertThat(leases.runExclusively(job, Duration.ofMinutes(1), runs::incrementAndGet))
                .isFalse();
        assertThat(runs).hasValue(0);
        assertThat(leases.held(job)).isTrue();
    }

    @Test
    void anExpiredLease_isTakenOver() {
        String job = Fixtures.uniqueName("job");
        otherReplicaHolds(job, "interval '-1 second'");
        AtomicInteger runs = new AtomicInteger();

        assertThat(leases.runExclusively(job, Duration.ofMinutes(1), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFinishedRun_releasesTheLease_andItsHolderMayTakeItAgain() {
        String job = Fixtures.uniqueName("job");
        assertThat(leases.acquire(job, Duration.ofMinutes(1))).isTrue();
        assertThat(leases.acquire(job, Duration.ofMinutes(1)))
                .as("its own lease, extended")
                .isTrue();
        leases.release(job);
        assertThat(leases.held(job)).isFalse();
        assertThat(leases.runExclusively(job, Duration.ofMinutes(1), () -> {})).isTrue();
        assertThat(leases.held(job)).isFalse();
    }

    private void otherReplicaHolds(String job, String untilFromNow) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into job_lease (name, holder, until) values (:name, 'other-replica', now() + "
                                        + untilFromNow + ")")
                        .setParameter("name", job)
                        .executeUpdate());
    }
}
