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
        return wallClock(at, language) + zoneAndOffset(at, language);
    }

    /** From start to end in {@code zone}: the end's date is left out when it is the start's. */
    public static String range(Instant start, Instant end, ZoneId zone, Language language) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        DateTimeFormatter endFormat = from.toLocalDate().equals(to.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        String last = endFormat.withLocale(locale(language)).format(to).replace('\u202f', ' ');
        // The zone and offset are those of the start; an end after a DST switch says its own offset.
        if (from.getOffset().equals(to.getOffset())) {
            // The zone once, after the whole range: "14:00 – 17:00 (Asia/Shanghai, UTC+08:00)".
            return wallClock(from, language) + " – " + last + zoneAndOffset(from, language);
        }
        return format(start, zone, language) + " – " + last + " " + offset(to);
    }

    private static String wallClock(ZonedDateTime at, Language language) {
        // CLDR puts a narrow no-break space before "PM"; mail clients and tests read a plain one more reliably.
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(language))
                .format(at)
                .replace('\u202f', ' ');
    }

    private static String zoneAndOffset(ZonedDateTime at, Language language) {
        String zone = at.getZone().getId();
        return language == Language.EN ? " (" + zone + ", " + offset(at) + ")" : "（" + zone + "，" + offset(at) + "）";
    }

    private static String offset(ZonedDateTime at) {
        return at.getOffset().getTotalSeconds() == 0
                ? "UTC"
                : "UTC" + at.getOffset().getId();
    }

    private static Locale locale(Language language) {
        return language == Language.EN ? Locale.US : Locale.SIMPLIFIED_CHINESE;
    }
}
