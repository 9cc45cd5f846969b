package io.techpool.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The database reads of pool entries for investors' recommendations and the public feed. */
@ApplicationScoped
class PoolEntryReads implements PanacheRepositoryBase<PoolEntry, UUID> {

    /**
     * Entries that can fit a profile at all: in one of its industries, or within its TRL range.
     * An empty collection matches nothing (a sentinel keeps the SQL {@code in} list non-empty).
     */
    List<PoolEntry> candidates(Collection<String> divisions, Collection<String> sections, int trlMin, int trlMax) {
        return list(
                "division in ?1 or section in ?2 or trl between ?3 and ?4",
                orNone(divisions),
                orNone(sections),
                trlMin,
                trlMax);
    }

    /** The most recently published entries, newest first, id as the tie-break. */
    List<PoolEntry> newest(int limit) {
        return findAll(Sort.descending("publishedAt").and("id")).page(0, limit).list();
    }

    private static Collection<String> orNone(Collection<String> values) {
        return values.isEmpty() ? List.of("") : values;
    }
}
