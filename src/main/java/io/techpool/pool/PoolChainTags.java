package io.techpool.pool;

import io.techpool.achievement.ChainTagsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Keeps pool entries' chain tags those of their achievements, in the transaction that changed them. */
@ApplicationScoped
class PoolChainTags {

    @Inject
    PoolEntryRepository entries;

    @Inject
    SearchSession search;

    @Transactional(Transactional.TxType.MANDATORY)
    void follow(@Observes ChainTagsChanged changed) {
        var plan = search.indexingPlan();
        for (ChainTagsChanged.Tags tags : changed.changed()) {
            if (entries.setChains(tags.achievementId(), tags.chains())) {
                // The outbox records the id; its processor loads the entry as the update left it.
                plan.addOrUpdate(entries.reference(tags.achievementId()));
            }
        }
    }
}
