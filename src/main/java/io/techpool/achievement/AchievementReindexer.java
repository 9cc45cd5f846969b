package io.techpool.achievement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Tells the search index of a concluded round's achievements, in transactions of its own after the
 * publication committed: the pool's entries, indexed from the publishing transaction, come first,
 * and the 100,000 achievement updates of a large round queue behind them instead of among them.
 */
@ApplicationScoped
class AchievementReindexer {

    private static final Logger LOG = Logger.getLogger(AchievementReindexer.class);

    @Inject
    PendingReindexRepository pending;

    @Inject
    AchievementRepository achievements;

    @Inject
    SearchSession search;

    @Inject
    ManagedExecutor executor;

    /** Right after the commit, off the request's thread: the publish call does not wait for it. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingReindex.Queued queued) {
        executor.runAsync(this::drain);
    }

    /**
     * What a crash between commit and queueing left behind. Soon after a start, since a restart after a crash is
     * when there is some: the round's achievements then reach the index seconds after the replica is back, not
     * half a minute (CrashIT).
     */
    @Scheduled(every = "1m", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        drain();
    }

    /** Queues every pending round; a round another replica holds is skipped, not waited for. */
    void drain() {
        while (QuarkusTransaction.requiringNew().call(this::queueOne)) {
            // next round
        }
    }

    private boolean queueOne() {
        return pending.claimOne()
                .map(roundId -> {
                    queue(roundId);
                    pending.deleteById(roundId);
                    return true;
                })
                .orElse(false);
    }

    private void queue(UUID roundId) {
        var plan = search.indexingPlan();
        var ids = achievements.roundIds(roundId);
        // A reference is enough: the outbox records the id, and its processor loads the achievement.
        ids.forEach(id -> plan.addOrUpdate(achievements.reference(id)));
        LOG.infof("Queued %d achievements of round %s for reindexing", ids.size(), roundId);
    }
}
