package io.techpool.investor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Investors' saved searches in the database. */
@ApplicationScoped
class SavedSearchRepository implements PanacheRepositoryBase<SavedSearch, UUID> {

    List<SavedSearch> ownedBy(String username) {
        return list("ownerUsername", Sort.by("createdAt").and("id"), username);
    }

    List<UUID> allIds() {
        return getEntityManager()
                .createQuery("select id from SavedSearch order by id", UUID.class)
                .getResultList();
    }
}
