package io.techpool.achievement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {}
