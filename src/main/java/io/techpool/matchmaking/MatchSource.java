package io.techpool.matchmaking;

/** Where an investor started a match request; the funnel counts requests and deals per source. */
public enum MatchSource {
    SEARCH,
    RECOMMENDATION,
    EVENT,
    OTHER
}
