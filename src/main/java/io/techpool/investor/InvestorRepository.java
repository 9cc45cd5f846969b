package io.techpool.investor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InvestorRepository implements PanacheRepositoryBase<Investor, UUID> {

    Optional<Investor> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
