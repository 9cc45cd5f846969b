package io.techpool.achievement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * After a start with a changed chain file (its digest differs from the one the tags were made under), re-tags
 * the achievements in batches of their own transactions, off the start-up thread: neither start nor readiness
 * waits, and a crash half-way leaves the rest for the next start. A normal start finds nothing to do in one
 * query. Pool entries follow through {@link ChainTagsChanged}.
 */
@ApplicationScoped
class ChainRetagging {

    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(ChainRetagging.class);

    @Inject
    AchievementService achievements;

    @Inject
    ManagedExecutor executor;

    void onStart(@Observes StartupEvent start) {
        executor.runAsync(this::run);
    }

    /** Re-tags until no stale tags are left; answers how many achievements it looked at. */
    long run() {
        long done = 0;
        try {
            for (int batch;
                    (batch = QuarkusTransaction.requiringNew().call(() -> achievements.retagStale(BATCH))) > 0; ) {
                done += batch;
                LOG.infof("Chain tags: %d achievements brought up to date with the chain file", done);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Chain tags: re-tagging stopped after %d achievements; the next start goes on", done);
        }
        return done;
    }
}
