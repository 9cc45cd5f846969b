package io.techpool.event;

/** Where an event happens: online (a URL to join) or at a place. */
public enum EventKind {
    ONLINE,
    OFFLINE
}
