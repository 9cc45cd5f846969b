package io.techpool.round;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class StoredSelectionResultRepository implements PanacheRepositoryBase<StoredSelectionResult, UUID> {}
