package io.techpool.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.techpool.platform.Bilingual;
import io.techpool.platform.NotBlankText;
import io.techpool.pool.PoolRecords;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** The records of the events API. */
public final class EventRecords {

    private EventRecords() {}

    /**
     * An event as the operator writes it: the body of create and replace. Times are instants (ISO-8601 with
     * offset); {@code timeZone} is the IANA zone the event is held in. Rules across fields (end after start,
     * deadline not after start, a URL or a place by kind, pool entries only) are {@link EventRules}'.
     */
    public record EventInput(
            @NotNull @Valid Title title,
            @NotNull @Valid Description description,
            @NotNull EventKind kind,
            @Size(max = 500) String url,
            @Size(max = 300) String place,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotBlankText @Size(max = 64) String timeZone,
            @NotNull @Min(1) @Max(100_000) Integer capacity,
            @NotNull OffsetDateTime registrationDeadline,
            @Size(max = 50) List<@NotBlankText String> achievementIds) {}

    public record Title(
            @NotBlankText @Size(max = 200) String zh,
            @Size(max = 200) String en) {}

    public record Description(
            @NotBlankText @Size(max = 5000) String zh,
            @Size(max = 5000) String en) {}

    /**
     * One event. Times carry the offset of the event's {@code timeZone}. {@code entries} are the presented pool
     * entries as cards (no contact); {@code registration} is the calling investor's own, when there is one.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(
            String id,
            Bilingual title,
            Bilingual description,
            EventKind kind,
            String url,
            String place,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String timeZone,
            int capacity,
            OffsetDateTime registrationDeadline,
            EventStatus status,
            int sequence,
            OffsetDateTime updatedAt,
            long registered,
            long waiting,
            long placesLeft,
            boolean registrationOpen,
            List<String> achievementIds,
            List<PoolRecords.Hit> entries,
            MyRegistration registration) {}

    /** The caller's own place: registered, or waiting at {@code position} (1 = next to be given a place). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MyRegistration(String eventId, RegistrationStatus status, Integer position) {}

    /**
     * Who registered, as the caller may see it: operators get the e-mail; owners of presented entries get names and
     * organizations only ({@code email} null, left out).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registrant(
            String name,
            String organization,
            String email,
            RegistrationStatus status,
            Integer position,
            OffsetDateTime registeredAt) {}

    public record Registrants(String eventId, long registered, long waiting, List<Registrant> items) {}
}
