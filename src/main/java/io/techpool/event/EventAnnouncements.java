package io.techpool.event;

import io.techpool.platform.Language;
import io.techpool.pool.PoolAnnouncements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/** The upcoming events, as the pool's home page and Atom feed announce them. */
@ApplicationScoped
class EventAnnouncements implements PoolAnnouncements {

    @Inject
    EventService events;

    @Override
    public List<Announcement> upcoming(Language language, int limit) {
        return events.upcoming(limit).stream()
                .map(e -> new Announcement(
                        e.id(),
                        e.title().pick(language),
                        e.description().pick(language),
                        EventTimes.range(
                                e.startsAt().toInstant(), e.endsAt().toInstant(), ZoneId.of(e.timeZone()), language),
                        "events/" + e.id(),
                        e.startsAt(),
                        e.updatedAt()))
                .toList();
    }
}
