package io.techpool.investor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The entries found for saved searches, each once per saved search. */
@ApplicationScoped
class SavedSearchMatchRepository implements PanacheRepositoryBase<SavedSearchMatch, SavedSearchMatch.Key> {

    /**
     * Records the match unless it is known (the primary key and {@code on conflict do nothing} make that hold
     * across replicas); a baseline match counts as told and seen. Answers whether it was new.
     */
    boolean record(UUID savedSearch, UUID entry, OffsetDateTime now, boolean baseline) {
        return getEntityManager()
                        .createNativeQuery("""
                                insert into saved_search_match (saved_search_id, entry_id, found_at, notified_at, seen_at)
                                values (:search, :entry, :now, :told, :seen) on conflict do nothing""")
                        .setParameter("search", savedSearch)
                        .setParameter("entry", entry)
                        .setParameter("now", now)
                        .setParameter("told", baseline ? now : null)
                        .setParameter("seen", baseline ? now : null)
                        .executeUpdate()
                > 0;
    }

    long countUnseen(UUID savedSearch) {
        return count("key.savedSearchId = ?1 and seenAt is null", savedSearch);
    }

    java.util.List<UUID> unseen(UUID savedSearch) {
        return getEntityManager()
                .createQuery(
                        "select m.key.entryId from SavedSearchMatch m where m.key.savedSearchId = :search and m.seenAt is null",
                        UUID.class)
                .setParameter("search", savedSearch)
                .getResultList();
    }

    void markSeen(UUID savedSearch, OffsetDateTime now) {
        update("seenAt = ?1 where key.savedSearchId = ?2 and seenAt is null", now, savedSearch);
    }

    void markNotified(UUID savedSearch, OffsetDateTime now) {
        update("notifiedAt = ?1 where key.savedSearchId = ?2 and notifiedAt is null", now, savedSearch);
    }
}
