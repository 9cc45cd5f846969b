package io.techpool.platform.audit;

import io.techpool.platform.DomainException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entries an operator asks for; every part optional. {@code from} and {@code to} are a date
 * ({@code 2026-11-30}, a whole day in TechPool's time zone, {@code to} included) or a time with offset
 * ({@code 2026-11-30T08:00:00+08:00}, {@code to} excluded).
 */
public record AuditFilter(String action, String actor, String subject, OffsetDateTime from, OffsetDateTime to) {

    /** Parses the query parameters; a 400 naming each one that is not a date or time, or a {@code to} before {@code from}. */
    public static AuditFilter parse(String action, String actor, String subject, String from, String to, ZoneId zone) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        OffsetDateTime start = instant("from", from, zone, false, errors);
        OffsetDateTime end = instant("to", to, zone, true, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new DomainException.Invalid.Field("to", m -> m.auditToBeforeFrom()));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return new AuditFilter(blankToNull(action), blankToNull(actor), blankToNull(subject), start, end);
    }

    /** The filter as query parameters, for links (the page's pager, the export) and the export's own entry. */
    public Map<String, String> asParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (action != null) {
            params.put("action", action);
        }
        if (actor != null) {
            params.put("actor", actor);
        }
        if (subject != null) {
            params.put("subject", subject);
        }
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        return params;
    }

    private static OffsetDateTime instant(
            String name, String value, ZoneId zone, boolean end, List<DomainException.Invalid.Field> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new DomainException.Invalid.Field(name, m -> m.auditNotADateOrTime()));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
