package io.techpool.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a request's history: from which status to which, by which side, when. */
@Entity
@Table(name = "match_transition")
class MatchTransition {

    @Id
    UUID id;

    UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    MatchStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    MatchStatus to;

    @Enumerated(EnumType.STRING)
    Side side;

    /** The user who made the step (kept for audit, never shown to the other party); null for the system. */
    String actor;

    OffsetDateTime at;

    protected MatchTransition() {}

    MatchTransition(UUID requestId, MatchStatus from, MatchStatus to, Side side, String actor, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.from = from;
        this.to = to;
        this.side = side;
        this.actor = actor;
        this.at = at;
    }
}
