package io.techpool.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** The Panache repositories of events. */
final class EventRepositories {

    private EventRepositories() {}

    @ApplicationScoped
    static class Events implements PanacheRepositoryBase<Event, UUID> {

        /**
         * The event with its row locked ({@code SELECT … FOR UPDATE}) until the transaction ends: registrations,
         * cancellations and edits of one event take their turn, so places are never given twice.
         */
        Optional<Event> locked(UUID id) {
            return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @ApplicationScoped
    static class Registrations implements PanacheRepositoryBase<EventRegistration, UUID> {

        long count(UUID eventId, RegistrationStatus status) {
            return count("eventId = ?1 and status = ?2", eventId, status);
        }

        Optional<EventRegistration> live(UUID eventId, String subject) {
            return find(
                            "eventId = ?1 and investorSubject = ?2 and status in ?3",
                            eventId,
                            subject,
                            java.util.List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING))
                    .firstResultOptional();
        }
    }
}
