package io.techpool.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ReviewerRepository implements PanacheRepositoryBase<Reviewer, UUID> {

    Optional<Reviewer> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
