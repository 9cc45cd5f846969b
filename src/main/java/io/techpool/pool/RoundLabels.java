package io.techpool.pool;

import io.quarkus.cache.CacheResult;
import io.techpool.platform.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The names of the rounds the pool holds entries of: the labels of the pool's round facet. A
 * published round's name never changes, so each is read once per replica and kept.
 */
@ApplicationScoped
class RoundLabels {

    @Inject
    PoolRoundRepository rounds;

    @CacheResult(cacheName = "pool-round-names")
    String of(String roundId) {
        return Ids.uuid(roundId).map(rounds::findById).map(r -> r.name).orElse(null);
    }
}
