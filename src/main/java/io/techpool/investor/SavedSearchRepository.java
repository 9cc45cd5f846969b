package io.techpool.investor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.techpool.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Investors' saved searches in the database. */
@ApplicationScoped
class SavedSearchRepository implements PanacheRepositoryBase<SavedSearch, UUID> {

    private static final String OWNED_BY =
            "ownerSubject = :subject or (ownerSubject is null and ownerUsername = :username)";

    Page<SavedSearch> ownedBy(String subject, String username, int page, int size) {
        var query = find(OWNED_BY, Sort.by("createdAt").and("id"), owner(subject, username));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    long countOwnedBy(String subject, String username) {
        return count(OWNED_BY, owner(subject, username));
    }

    /** Holds the owner's lock until the transaction ends (a PostgreSQL advisory lock on the subject). */
    void lockOwner(String subject) {
        getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:subject))) locked")
                .setParameter("subject", "saved_search:" + subject)
                .getSingleResult();
    }

    private static Parameters owner(String subject, String username) {
        return Parameters.with("subject", subject).and("username", username);
    }

    List<UUID> allIds() {
        return getEntityManager()
                .createQuery("select id from SavedSearch order by id", UUID.class)
                .getResultList();
    }
}
