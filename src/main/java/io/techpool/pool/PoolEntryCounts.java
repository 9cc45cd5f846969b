package io.techpool.pool;

import io.techpool.organization.PoolEntryCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/** The pool is its entries: they are counted, not the achievements' status. */
@ApplicationScoped
class PoolEntryCounts implements PoolEntryCounter {

    @Inject
    PoolEntryRepository entries;

    @Override
    public Map<String, Long> countByOrganization(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : entries.countByOrganization(codes);
    }
}
