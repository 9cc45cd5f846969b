package io.techpool.pool;

import io.techpool.platform.Language;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What other features announce beside the pool: the upcoming promotion events, on the home page and in the Atom
 * feed. The pool knows only this interface (it may not use the {@code event} package); {@code event} implements
 * it. No implementation, no announcements.
 */
public interface PoolAnnouncements {

    /** The next {@code limit} announcements, soonest first, in {@code language}. */
    List<Announcement> upcoming(Language language, int limit);

    /**
     * One announcement: {@code path} is its page ({@code events/<id>}, relative to the root), {@code when} its time
     * as people read it, {@code startsAt} as ISO-8601 for {@code <time datetime>}.
     */
    record Announcement(
            String id,
            String title,
            String summary,
            String when,
            String path,
            OffsetDateTime startsAt,
            OffsetDateTime updatedAt) {}
}
