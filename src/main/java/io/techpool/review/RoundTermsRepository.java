package io.techpool.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class RoundTermsRepository implements PanacheRepositoryBase<RoundTerms, UUID> {}
