package io.techpool.pool;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A published round the pool holds entries of; its name labels the round facet. Never changes once written. */
@Entity
@Table(name = "pool_round")
class PoolRound {

    @Id
    UUID id;

    String name;

    OffsetDateTime publishedAt;

    protected PoolRound() {}

    PoolRound(UUID id, String name, OffsetDateTime publishedAt) {
        this.id = id;
        this.name = name;
        this.publishedAt = publishedAt;
    }
}
