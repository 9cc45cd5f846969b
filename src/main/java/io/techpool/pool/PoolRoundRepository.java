package io.techpool.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
class PoolRoundRepository implements PanacheRepositoryBase<PoolRound, UUID> {

    /**
     * The pool's version as every replica reads it from the database: how many rounds were published into the pool
     * and when the last one was. A publication writes its round and all its entries in one transaction and entries
     * never leave the pool, so the version changes exactly when the pool's content does.
     */
    Version version() {
        Object[] row = getEntityManager()
                .createQuery("select count(r), max(r.publishedAt) from PoolRound r", Object[].class)
                .getSingleResult();
        OffsetDateTime latest = (OffsetDateTime) row[1];
        return new Version(((Number) row[0]).longValue(), latest == null ? null : latest.toInstant());
    }

    /** The pool's content version; {@code latest} is null while the pool is empty. */
    record Version(long rounds, Instant latest) {}
}
