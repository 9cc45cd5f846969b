package io.techpool.event;

import io.techpool.platform.Bilingual;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A promotion event (路演/交流会): held online or at a place, from one instant to another, in a time zone it is
 * shown in, with a number of places and the pool entries it presents.
 */
@Entity
@Table(name = "event")
class Event {

    @Id
    UUID id;

    String titleZh;

    String titleEn;

    String descriptionZh;

    String descriptionEn;

    @Enumerated(EnumType.STRING)
    EventKind kind;

    String url;

    String place;

    OffsetDateTime startsAt;

    OffsetDateTime endsAt;

    /** An IANA zone id ({@code Asia/Shanghai}): where the event is held, the zone its times are shown in. */
    String timeZone;

    int capacity;

    OffsetDateTime registrationDeadline;

    /** The presented pool entries, in the order the operator gave them. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> entryIds;

    @Enumerated(EnumType.STRING)
    EventStatus status;

    /** iCalendar SEQUENCE: raised on every change, so calendar apps replace the copy they hold. */
    int sequence;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    @Version
    long version;

    protected Event() {}

    Event(OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.status = EventStatus.SCHEDULED;
        this.sequence = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Bilingual title() {
        return new Bilingual(titleZh, titleEn);
    }

    Bilingual description() {
        return new Bilingual(descriptionZh, descriptionEn);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    boolean over(OffsetDateTime now) {
        return !endsAt.isAfter(now);
    }

    List<UUID> entries() {
        return entryIds.stream().map(UUID::fromString).toList();
    }
}
