package io.techpool.event;

import io.techpool.platform.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An investor registered for an event, or waiting for a place. Name, organization and e-mail are taken from the
 * token when registering; the e-mail is shown to operators only (owners of presented entries learn it through an
 * accepted match request, not here).
 */
@Entity
@Table(name = "event_registration")
class EventRegistration {

    @Id
    UUID id;

    UUID eventId;

    /** The token's subject: how the registration is found (decision 014). */
    String investorSubject;

    /** For display only. */
    String investorUsername;

    String investorName;

    String investorOrg;

    String investorEmail;

    /** The language the investor registered in: the one their mails about this event speak. */
    @Enumerated(EnumType.STRING)
    Language investorLanguage;

    @Enumerated(EnumType.STRING)
    RegistrationStatus status;

    /** When the investor asked: the waiting list's order. */
    OffsetDateTime createdAt;

    /** When the investor got a place (at once, or later from the waiting list). */
    OffsetDateTime registeredAt;

    OffsetDateTime cancelledAt;

    OffsetDateTime remindedAt;

    protected EventRegistration() {}

    EventRegistration(UUID eventId, String investorSubject, String investorUsername, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.investorSubject = investorSubject;
        this.investorUsername = investorUsername;
        this.createdAt = now;
    }
}
