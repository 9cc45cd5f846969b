package io.techpool.event;

/** An investor's place at an event: registered, on the waiting list, or given up. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED
}
