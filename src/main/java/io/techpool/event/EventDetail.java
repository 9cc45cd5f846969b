package io.techpool.event;

import io.techpool.platform.Language;
import java.time.ZoneId;

/**
 * One event as its page shows it, in the page's language. Times are written in the event's zone with the offset in
 * force then ({@link EventTimes}); {@code startsAt} and {@code endsAt} are ISO-8601 for the viewer's own zone,
 * which only the browser knows. {@code myStatus} is the signed-in investor's registration, or empty.
 */
public record EventDetail(
        String id,
        String title,
        String description,
        String kind,
        String url,
        String place,
        String when,
        String timeZone,
        String startsAt,
        String endsAt,
        String deadline,
        long capacity,
        long registered,
        long waiting,
        long placesLeft,
        boolean cancelled,
        boolean registrationOpen,
        String myStatus,
        long myPosition) {

    static EventDetail of(EventRecords.EventView e, Language language) {
        ZoneId zone = ZoneId.of(e.timeZone());
        return new EventDetail(
                e.id(),
                e.title().pick(language),
                e.description().pick(language),
                e.kind().name(),
                e.url(),
                e.place(),
                EventTimes.range(e.startsAt().toInstant(), e.endsAt().toInstant(), zone, language),
                e.timeZone(),
                e.startsAt().toString(),
                e.endsAt().toString(),
                EventTimes.format(e.registrationDeadline().toInstant(), zone, language),
                e.capacity(),
                e.registered(),
                e.waiting(),
                e.placesLeft(),
                e.status() == EventStatus.CANCELLED,
                e.registrationOpen(),
                e.registration() == null ? "" : e.registration().status().name(),
                e.registration() == null || e.registration().position() == null
                        ? 0
                        : e.registration().position());
    }

    public boolean registeredHere() {
        return "REGISTERED".equals(myStatus);
    }

    public boolean waitingHere() {
        return "WAITING".equals(myStatus);
    }
}
