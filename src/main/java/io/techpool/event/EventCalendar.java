package io.techpool.event;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import io.techpool.platform.Language;
import java.net.URI;
import java.util.Date;
import java.util.List;

/**
 * iCalendar (RFC 5545) files of events, written with biweekly. The UID is stable ({@code event-<id>@techpool}),
 * SEQUENCE is the event's own counter (raised on every change), a cancelled event says STATUS:CANCELLED, and
 * times are written in UTC: every calendar app shows them in its user's zone, and no VTIMEZONE definitions (which
 * biweekly would have to download) are needed. See docs/decisions/019.
 */
final class EventCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final String PRODUCT = "-//TechPool//Promotion events//ZH";

    private EventCalendar() {}

    /** One event, in the reader's language. */
    static String of(Event event, Language language, URI base) {
        return write(List.of(event), language, base, null);
    }

    /** All the events given, as a subscribable calendar named {@code name}. */
    static String feed(List<Event> events, Language language, URI base, String name) {
        return write(events, language, base, name);
    }

    static String uid(Event event) {
        return "event-" + event.id + "@techpool";
    }

    private static String write(List<Event> events, Language language, URI base, String name) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setMethod(Method.publish());
        if (name != null) {
            calendar.setName(name);
            calendar.setExperimentalProperty("X-WR-CALNAME", name);
        }
        for (Event e : events) {
            calendar.addEvent(vevent(e, language, base));
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent vevent(Event e, Language language, URI base) {
        VEvent v = new VEvent();
        v.setUid(uid(e));
        v.setSequence(e.sequence);
        v.setDateTimeStamp(Date.from(e.updatedAt.toInstant()));
        v.setCreated(Date.from(e.createdAt.toInstant()));
        v.setLastModified(Date.from(e.updatedAt.toInstant()));
        v.setDateStart(Date.from(e.startsAt.toInstant()));
        v.setDateEnd(Date.from(e.endsAt.toInstant()));
        v.setSummary(e.title().pick(language));
        v.setDescription(e.description().pick(language));
        if (e.kind == EventKind.ONLINE) {
            v.setUrl(e.url);
            v.setLocation(e.url);
        } else {
            v.setLocation(e.place);
            if (base != null) {
                v.setUrl(base.resolve("/events/" + e.id).toString());
            }
        }
        v.setStatus(e.cancelled() ? Status.cancelled() : Status.confirmed());
        return v;
    }
}
