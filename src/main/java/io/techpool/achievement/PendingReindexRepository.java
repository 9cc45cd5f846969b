package io.techpool.achievement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PendingReindexRepository implements PanacheRepositoryBase<PendingReindex, UUID> {

    /** One pending round no other replica is working on, locked until the caller's transaction ends. */
    Optional<UUID> claimOne() {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = getEntityManager()
                .createNativeQuery(
                        "select round_id from achievement_reindex order by queued_at limit 1 for update skip locked",
                        UUID.class)
                .getResultList();
        return claimed.stream().findFirst();
    }
}
