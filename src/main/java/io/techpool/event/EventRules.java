package io.techpool.event;

import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Messages;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules of an event across its fields, which Bean Validation cannot say: the end after the start, the
 * registration deadline not after the start, a link (http or https) for an online event and a place for an offline
 * one, an IANA time zone, and presented entries that are in the pool (each other id named). All broken rules are
 * reported at once.
 */
final class EventRules {

    private EventRules() {}

    static void check(EventRecords.EventInput in, Predicate<UUID> inPool) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        if (!in.endsAt().isAfter(in.startsAt())) {
            errors.add(new DomainException.Invalid.Field("endsAt", Messages::eventEndsBeforeStart));
        }
        if (in.registrationDeadline().isAfter(in.startsAt())) {
            errors.add(new DomainException.Invalid.Field("registrationDeadline", Messages::eventDeadlineAfterStart));
        }
        if (in.kind() == EventKind.ONLINE && !webLink(in.url())) {
            errors.add(new DomainException.Invalid.Field("url", Messages::eventUrlRequired));
        }
        if (in.kind() == EventKind.OFFLINE && (in.place() == null || in.place().isBlank())) {
            errors.add(new DomainException.Invalid.Field("place", Messages::eventPlaceRequired));
        }
        if (zone(in.timeZone()).isEmpty()) {
            String zone = in.timeZone();
            errors.add(new DomainException.Invalid.Field("timeZone", m -> m.timeZoneUnknown(zone)));
        }
        List<String> ids = in.achievementIds() == null ? List.of() : in.achievementIds();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (Ids.uuid(id).filter(inPool).isEmpty()) {
                errors.add(
                        new DomainException.Invalid.Field("achievementIds[" + i + "]", m -> m.eventEntryNotInPool(id)));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    /**
     * A region id of the IANA database ({@code Europe/Berlin}), not an offset ({@code +08:00}) or an abbreviation:
     * only a region follows its daylight saving rules.
     */
    static Optional<ZoneId> zone(String id) {
        return id != null && id.contains("/") && ZoneId.getAvailableZoneIds().contains(id)
                ? Optional.of(ZoneId.of(id))
                : Optional.empty();
    }

    private static boolean webLink(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
