package io.techpool.event;

/** An event is scheduled until the operator cancels it; it is never deleted, so calendars learn of the cancellation. */
public enum EventStatus {
    SCHEDULED,
    CANCELLED
}
