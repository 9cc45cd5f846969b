package io.techpool.event;

import io.techpool.platform.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An event's times as people read them: the wall-clock time in a zone, the zone and its UTC offset at that
 * instant ({@code 2026年3月29日 14:00（Europe/Berlin，UTC+02:00）}). The offset is the one in force then, so a
 * viewer zone that observes daylight saving time shows each instant with its own offset.
 */
public final class EventTimes {

    private EventTimes() {}

    /** The time in {@code zone}, with the zone's id and offset. */
    public static String format(Instant instant, ZoneId zone, Language language) {
        ZonedDateTime at = instant.atZone(zone);
        String offset = at.getOffset().getTotalSeconds() == 0
                ? "UTC"
                : "UTC" + at.getOffset().getId();
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(language))
                .format(at);
        // CLDR puts a narrow no-break space before "PM"; mail clients and tests read a plain one more reliably.
        time = time.replace('\u202f', ' ');
        return language == Language.EN
                ? time + " (" + zone.getId() + ", " + offset + ")"
                : time + "（" + zone.getId() + "，" + offset + "）";
    }

    /** From start to end in {@code zone}: the end's date is left out when it is the start's. */
    public static String range(Instant start, Instant end, ZoneId zone, Language language) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String first = format(start, zone, language);
        DateTimeFormatter endFormat = from.toLocalDate().equals(to.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        String last = endFormat.withLocale(locale(language)).format(to).replace('\u202f', ' ');
        // The zone and offset are those of the start; an end after a DST switch says its own offset.
        boolean sameOffset = from.getOffset().equals(to.getOffset());
        String tail = sameOffset ? "" : " " + (to.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + to.getOffset());
        return first + " – " + last + tail;
    }

    private static Locale locale(Language language) {
        return language == Language.EN ? Locale.US : Locale.SIMPLIFIED_CHINESE;
    }
}
