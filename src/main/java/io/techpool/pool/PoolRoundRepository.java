package io.techpool.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class PoolRoundRepository implements PanacheRepositoryBase<PoolRound, UUID> {}
