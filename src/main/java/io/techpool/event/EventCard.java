package io.techpool.event;

import io.techpool.platform.Language;

/**
 * An event as a list shows it, in the page's language: {@code when} in the event's own zone with its offset,
 * {@code startsAt} as ISO-8601 for {@code <time datetime>} (the script adds the viewer's zone from it).
 */
public record EventCard(
        String id,
        String title,
        String when,
        String startsAt,
        String kind,
        String where,
        boolean cancelled,
        long placesLeft,
        boolean registrationOpen) {

    static EventCard of(EventRecords.EventView e, Language language) {
        return new EventCard(
                e.id(),
                e.title().pick(language),
                EventTimes.range(
                        e.startsAt().toInstant(), e.endsAt().toInstant(), java.time.ZoneId.of(e.timeZone()), language),
                e.startsAt().toString(),
                e.kind().name(),
                e.kind() == EventKind.ONLINE ? null : e.place(),
                e.status() == EventStatus.CANCELLED,
                e.placesLeft(),
                e.registrationOpen());
    }
}
