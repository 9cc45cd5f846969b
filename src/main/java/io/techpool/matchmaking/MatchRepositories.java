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
         * How many requests there are per status, section, round, source and source event: the funnel's counts, grouped by the
         * database (a few rows however many requests there are). {@code round} null: all rounds.
         */
        List<FunnelFigures.Group> funnelGroups(UUID round) {
            var query = getEntityManager()
                    .createQuery(
                            "select new io.techpool.matchmaking.FunnelFigures$Group(r.status, r.section, r.roundId,"
                                    + " r.source, r.sourceEventId, count(r)) from MatchRequest r"
                                    + (round == null ? "" : " where r.roundId = :round")
                                    + " group by r.status, r.section, r.roundId, r.source, r.sourceEventId",
                            FunnelFigures.Group.class);
            if (round != null) {
                query.setParameter("round", round);
            }
            return query.getResultList();
        }

        /**
         * The median time from request to acceptance in seconds (the mean of the middle two for an even count),
         * computed by the database; null when no request was accepted.
         */
        Double medianSecondsToAcceptance(UUID round) {
            var query = getEntityManager()
                    .createNativeQuery("select percentile_cont(0.5) within group"
                            + " (order by extract(epoch from accepted_at - created_at))"
                            + " from match_request where accepted_at is not null"
                            + (round == null ? "" : " and round_id = :round"));
            if (round != null) {
                query.setParameter("round", round);
            }
            Object median = query.getSingleResult();
            return median == null ? null : ((Number) median).doubleValue();
        }

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
