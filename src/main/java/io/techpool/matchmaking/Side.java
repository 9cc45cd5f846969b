package io.techpool.matchmaking;

/** Who acts on a request. */
public enum Side {
    INVESTOR,
    OWNER,
    OPERATOR,
    SYSTEM
}
