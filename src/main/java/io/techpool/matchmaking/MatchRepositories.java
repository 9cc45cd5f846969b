package io.techpool.matchmaking;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The Panache repositories of matchmaking. */
final class MatchRepositories {

    private MatchRepositories() {}

    @ApplicationScoped
    static class Requests implements PanacheRepositoryBase<MatchRequest, UUID> {

        /**
         * Requests unanswered since before {@code cutoff} that no one else holds, locked until the caller's
         * transaction ends ({@code FOR UPDATE SKIP LOCKED}): one an owner is answering right now is left out.
         */
        List<MatchRequest> claimUnanswered(OffsetDateTime cutoff) {
            return claim("status = 'REQUESTED' and created_at <= :cutoff", cutoff);
        }

        /** As {@link #claimUnanswered}, only those whose owner was not reminded yet. */
        List<MatchRequest> claimUnreminded(OffsetDateTime cutoff) {
            return claim("status = 'REQUESTED' and reminded_at is null and created_at <= :cutoff", cutoff);
        }

        private List<MatchRequest> claim(String condition, OffsetDateTime cutoff) {
            @SuppressWarnings("unchecked")
            List<UUID> ids = getEntityManager()
                    .createNativeQuery(
                            "select id from match_request where " + condition
                                    + " order by created_at, id for update skip locked",
                            UUID.class)
                    .setParameter("cutoff", cutoff)
                    .getResultList();
            return ids.stream().map(this::findById).toList();
        }
    }

    @ApplicationScoped
    static class Transitions implements PanacheRepositoryBase<MatchTransition, UUID> {}

    @ApplicationScoped
    static class Messages implements PanacheRepositoryBase<MatchMessage, UUID> {}
}
