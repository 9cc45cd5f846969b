package io.techpool.investor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InvestorRepository implements PanacheRepositoryBase<Investor, UUID> {

    Optional<Investor> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** A profile from before subjects were stored (V018), not yet claimed by a sign-in. */
    Optional<Investor> unclaimed(String username) {
        return find("subject is null and username = ?1", username).firstResultOptional();
    }
}
