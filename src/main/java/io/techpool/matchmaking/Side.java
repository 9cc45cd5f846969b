package io.techpool.matchmaking;

/** Who acts on a request. */
enum Side {
    INVESTOR,
    OWNER,
    OPERATOR,
    SYSTEM
}
