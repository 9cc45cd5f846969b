package io.techpool.matchmaking;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The Panache repositories of matchmaking. */
final class MatchRepositories {

    private MatchRepositories() {}

    @ApplicationScoped
    static class Requests implements PanacheRepositoryBase<MatchRequest, UUID> {}

    @ApplicationScoped
    static class Transitions implements PanacheRepositoryBase<MatchTransition, UUID> {}

    @ApplicationScoped
    static class Messages implements PanacheRepositoryBase<MatchMessage, UUID> {}
}
