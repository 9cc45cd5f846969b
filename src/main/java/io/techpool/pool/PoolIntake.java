package io.techpool.pool;

import io.techpool.organization.OrganizationService;
import io.techpool.organization.OrganizationView;
import io.techpool.round.RoundPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Takes a published round's selected achievements into the pool (indexed through the outbox). */
@ApplicationScoped
class PoolIntake {

    @Inject
    PoolEntryRepository entries;

    @Inject
    PoolRoundRepository rounds;

    @Inject
    OrganizationService organizations;

    /** Part of the publishing transaction: all entries or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    void enter(@Observes RoundPublished published) {
        Set<String> codes = published.selected().stream()
                .map(s -> s.achievement().organizationCode())
                .collect(Collectors.toSet());
        Map<String, OrganizationView> owners = organizations.byCodes(codes);
        rounds.persist(new PoolRound(published.roundId(), published.roundName(), published.publishedAt()));
        entries.persist(published.selected().stream()
                .map(s -> PoolEntry.of(
                        published.roundId(),
                        s.ranking(),
                        s.achievement(),
                        owners.get(s.achievement().organizationCode()),
                        published.publishedAt())));
    }
}
