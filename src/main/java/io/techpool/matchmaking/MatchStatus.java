package io.techpool.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The life of a match request; {@link #next()} is the whole transition policy. */
enum MatchStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    IN_TALKS,
    DEAL_SIGNED,
    CLOSED;

    private static final Map<MatchStatus, List<MatchStatus>> NEXT = Map.of(
            REQUESTED, List.of(ACCEPTED, DECLINED, EXPIRED),
            ACCEPTED, List.of(IN_TALKS, CLOSED),
            IN_TALKS, List.of(DEAL_SIGNED, CLOSED));

    /** Statuses of a request still in progress: at most one per investor and entry. */
    static final Set<MatchStatus> OPEN = Set.of(REQUESTED, ACCEPTED, IN_TALKS);

    /** Statuses in which the parties know each other's contact and may write to each other. */
    static final Set<MatchStatus> REVEALED = Set.of(ACCEPTED, IN_TALKS, DEAL_SIGNED, CLOSED);

    /** The steps either party takes with {@code POST …/status}; the others have their own calls. */
    static final Set<MatchStatus> PIPELINE = Set.of(IN_TALKS, DEAL_SIGNED, CLOSED);

    /** Messages are possible once the team has accepted and until the request is closed. */
    static final Set<MatchStatus> TALKING = Set.of(ACCEPTED, IN_TALKS, DEAL_SIGNED);

    List<MatchStatus> next() {
        return NEXT.getOrDefault(this, List.of());
    }

    boolean canMoveTo(MatchStatus target) {
        return next().contains(target);
    }
}
