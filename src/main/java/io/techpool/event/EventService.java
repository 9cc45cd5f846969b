package io.techpool.event;

import io.quarkus.panache.common.Sort;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.TechPoolConfig;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.mail.MailOutbox;
import io.techpool.pool.PoolService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Promotion events (路演/交流会): the operator's events, the investors' registrations with a waiting list, and the
 * mails that go with them. Everything that changes the places of one event (register, give up, edit, cancel) first
 * locks the event's row, so two investors never get the same last place.
 */
@ApplicationScoped
public class EventService {

    @Inject
    MailOutbox mail;

    @Inject
    EventRepositories.Events events;

    @Inject
    EventRepositories.Registrations registrations;

    @Inject
    PoolService pool;

    @Inject
    CurrentLanguage language;

    @Inject
    TechPoolConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public EventRecords.EventView create(EventRecords.EventInput in) {
        EventRules.check(in, this::inPool);
        Event e = new Event(now());
        apply(e, in);
        events.persist(e);
        audit.record("event.create", "event", e.id, Map.of("capacity", e.capacity));
        return view(e, null);
    }

    /** Replaces the event; its SEQUENCE goes up and the registered get the new calendar file. */
    @Transactional
    public EventRecords.EventView update(String id, EventRecords.EventInput in) {
        Event e = locked(id);
        requireChangeable(e);
        EventRules.check(in, this::inPool);
        long registered = registrations.count(e.id, RegistrationStatus.REGISTERED);
        if (in.capacity() < registered) {
            throw new DomainException.Conflict(m -> m.eventCapacityBelowRegistered(registered));
        }
        apply(e, in);
        e.sequence++;
        e.updatedAt = now();
        List<EventRegistration> promoted = promote(e);
        audit.record("event.update", "event", e.id, Map.of("sequence", e.sequence, "promoted", promoted.size()));
        for (EventRegistration r : live(e)) {
            if (r.status == RegistrationStatus.REGISTERED && !promoted.contains(r)) {
                mail(e, r, Mailing.CHANGED);
            }
        }
        return view(e, null);
    }

    /** Cancels the event (it stays, marked cancelled, so calendars learn of it) and tells everyone registered or waiting. */
    @Transactional
    public EventRecords.EventView cancel(String id) {
        Event e = locked(id);
        requireChangeable(e);
        e.status = EventStatus.CANCELLED;
        e.sequence++;
        e.updatedAt = now();
        audit.record("event.cancel", "event", e.id, Map.of("told", live(e).size()));
        for (EventRegistration r : live(e)) {
            mail(e, r, Mailing.CANCELLED);
        }
        return view(e, null);
    }

    /** Upcoming events (not ended yet), soonest first; or past ones, latest first. Without their entries. */
    public Page<EventRecords.EventView> list(boolean past, int page, int size) {
        OffsetDateTime now = now();
        var query = past
                ? events.find("endsAt <= ?1", Sort.descending("startsAt").and("id"), now)
                : events.find("endsAt > ?1", Sort.ascending("startsAt").and("id"), now);
        List<Event> items = query.page(page, size).list();
        return new Page<>(items.stream().map(e -> summary(e)).toList(), page, size, query.count());
    }

    /** The next {@code limit} events not ended and not cancelled: what the home page and the feeds announce. */
    public List<EventRecords.EventView> upcoming(int limit) {
        return events
                .find("endsAt > ?1 and status = ?2", Sort.ascending("startsAt").and("id"), now(), EventStatus.SCHEDULED)
                .page(0, limit)
                .list()
                .stream()
                .map(this::summary)
                .toList();
    }

    /** One event with its entries as pool cards and, for an investor, their own registration. */
    public EventRecords.EventView get(String id, Optional<String> investor) {
        Event e = find(id);
        return view(e, investor.flatMap(u -> myRegistration(e, u)).orElse(null));
    }

    @Transactional
    public EventRecords.MyRegistration register(CurrentUser user, String id) {
        Event e = locked(id);
        OffsetDateTime now = now();
        if (e.cancelled()) {
            throw new DomainException.Conflict(Messages::eventCancelledAlready);
        }
        if (now.isAfter(e.registrationDeadline)) {
            String deadline = EventTimes.format(e.registrationDeadline.toInstant(), e.zone(), language.get());
            throw new DomainException.Conflict(m -> m.eventRegistrationClosed(deadline));
        }
        if (registrations.live(e.id, user.subject()).isPresent()) {
            throw new DomainException.Conflict(Messages::eventAlreadyRegistered);
        }
        EventRegistration r = new EventRegistration(e.id, user.subject(), user.username(100), now);
        r.investorName = user.displayName(100);
        r.investorOrg = user.org().map(org -> cut(org, 32)).orElse(null);
        r.investorEmail = user.verifiedEmail().orElse(null);
        r.investorLanguage = language.get();
        boolean placeLeft = registrations.count(e.id, RegistrationStatus.REGISTERED) < e.capacity;
        r.status = placeLeft ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        r.registeredAt = placeLeft ? now : null;
        registrations.persist(r);
        try {
            registrations.flush();
        } catch (PersistenceException ex) {
            // Cannot happen while the event row is locked; the partial unique index is the last word all the same.
            throw new DomainException.Conflict(Messages::eventAlreadyRegistered);
        }
        if (placeLeft) {
            mail(e, r, Mailing.REGISTERED);
        }
        return myRegistration(e, user.subject()).orElseThrow();
    }

    /** Gives up the caller's place (or their place in the queue); the first one waiting gets a freed place. */
    @Transactional
    public void unregister(CurrentUser user, String id) {
        Event e = locked(id);
        EventRegistration r = registrations
                .live(e.id, user.subject())
                .orElseThrow(() -> new DomainException.NotFound(Messages::eventNotRegistered));
        r.status = RegistrationStatus.CANCELLED;
        r.cancelledAt = now();
        if (!e.cancelled() && !e.over(now())) {
            promote(e);
        }
    }

    /**
     * Who registered: operators see everything including e-mail; the owners of presented entries see names and
     * organizations only (an investor's e-mail reaches an owner only through an accepted match request).
     */
    public EventRecords.Registrants registrants(CurrentUser user, String id) {
        Event e = find(id);
        boolean operator = user.isOperator();
        if (!operator && !ownsAnEntry(user, e)) {
            throw new DomainException.Forbidden(Messages::eventRegistrationsNotYours);
        }
        return registrants(e, operator);
    }

    /**
     * {@link #registrants} as an owner of a presented entry sees them (no e-mail, even for an owner who is an
     * operator too), or empty for anyone else: what the public event page shows beside the event.
     */
    public Optional<EventRecords.Registrants> registrantsForOwner(CurrentUser user, String id) {
        Event e = find(id);
        return ownsAnEntry(user, e) ? Optional.of(registrants(e, false)) : Optional.empty();
    }

    private EventRecords.Registrants registrants(Event e, boolean withEmail) {
        List<EventRecords.Registrant> items = new ArrayList<>();
        int position = 0;
        for (EventRegistration r : live(e)) {
            Integer place = r.status == RegistrationStatus.WAITING ? ++position : null;
            items.add(new EventRecords.Registrant(
                    r.investorName,
                    r.investorOrg,
                    withEmail ? r.investorEmail : null,
                    r.status,
                    place,
                    r.registeredAt));
        }
        long registered = items.stream()
                .filter(i -> i.status() == RegistrationStatus.REGISTERED)
                .count();
        return new EventRecords.Registrants(e.id.toString(), registered, items.size() - registered, items);
    }

    /** {@link #registrants} as the operator sees them, as a spreadsheet; times in the event's zone. */
    public byte[] export(CurrentUser operator, String id) {
        EventRecords.Registrants all = registrants(operator, id);
        return RegistrationsWorkbook.of(all, find(id).zone(), language.get());
    }

    /** The event's iCalendar file, in the caller's language. */
    public String calendar(String id, java.net.URI base) {
        return EventCalendar.of(find(id), language.get(), base);
    }

    /** Every event not ended yet (cancelled ones too, so subscribed calendars drop them), as one calendar. */
    public String feed(java.net.URI base) {
        List<Event> upcoming =
                events.list("endsAt > ?1", Sort.ascending("startsAt").and("id"), now());
        return EventCalendar.feed(
                upcoming, language.get(), base, language.messages().eventsCalendarName());
    }

    /** The title of an event for a file name or a heading; 404 when there is none. */
    String titleOf(String id, Language language) {
        return find(id).title().pick(language);
    }

    /**
     * Reminds the registered of events starting within {@code before} of {@code now}, once each: every registration
     * is claimed with a conditional update ({@code reminded_at is null}) before its mail is sent, so of several
     * replicas running the job at once exactly one sends it. Answers how many mails went out.
     */
    @Transactional
    public int remind(OffsetDateTime now, java.time.Duration before) {
        List<EventRegistration> due = registrations
                .getEntityManager()
                .createQuery(
                        "select r from EventRegistration r, Event e where e.id = r.eventId"
                                + " and r.status = :registered and r.remindedAt is null"
                                + " and e.status = :scheduled and e.startsAt > :now and e.startsAt <= :until",
                        EventRegistration.class)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("scheduled", EventStatus.SCHEDULED)
                .setParameter("now", now)
                .setParameter("until", now.plus(before))
                .getResultList();
        int sent = 0;
        for (EventRegistration r : due) {
            int claimed = registrations.update("remindedAt = ?1 where id = ?2 and remindedAt is null", now, r.id);
            if (claimed == 1) {
                mail(events.findById(r.eventId), r, Mailing.REMINDER);
                sent++;
            }
        }
        return sent;
    }

    /** Gives the free places to those waiting longest, telling each of them. */
    private List<EventRegistration> promote(Event e) {
        long free = e.capacity - registrations.count(e.id, RegistrationStatus.REGISTERED);
        if (free <= 0) {
            return List.of();
        }
        List<EventRegistration> next = registrations
                .find(
                        "eventId = ?1 and status = ?2",
                        Sort.ascending("createdAt").and("id"),
                        e.id,
                        RegistrationStatus.WAITING)
                .page(0, (int) Math.min(free, Integer.MAX_VALUE))
                .list();
        for (EventRegistration r : next) {
            r.status = RegistrationStatus.REGISTERED;
            r.registeredAt = now();
            mail(e, r, Mailing.PROMOTED);
        }
        return next;
    }

    private Optional<EventRecords.MyRegistration> myRegistration(Event e, String subject) {
        return registrations.live(e.id, subject).map(r -> {
            Integer position = null;
            if (r.status == RegistrationStatus.WAITING) {
                position = (int) registrations.count(
                                "eventId = ?1 and status = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4))",
                                e.id,
                                RegistrationStatus.WAITING,
                                r.createdAt,
                                r.id)
                        + 1;
            }
            return new EventRecords.MyRegistration(e.id.toString(), r.status, position);
        });
    }

    /** Registered first, then the waiting list in its order. */
    private List<EventRegistration> live(Event e) {
        return registrations.list(
                "eventId = ?1 and status in ?2",
                Sort.ascending("status").and("createdAt").and("id"),
                e.id,
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING));
    }

    private boolean ownsAnEntry(CurrentUser user, Event e) {
        if (!user.is(CurrentUser.INSTITUTION) || user.org().isEmpty()) {
            return false;
        }
        Set<String> owners = e.entries().stream()
                .map(pool::published)
                .flatMap(Optional::stream)
                .map(PoolService.PublishedEntry::organizationCode)
                .collect(Collectors.toSet());
        return owners.contains(user.org().get());
    }

    private enum Mailing {
        REGISTERED,
        PROMOTED,
        CHANGED,
        CANCELLED,
        REMINDER
    }

    private void mail(Event e, EventRegistration r, Mailing mailing) {
        if (r.investorEmail == null) {
            return;
        }
        Language to = r.investorLanguage;
        String title = e.title().pick(to);
        String starts = EventTimes.range(e.startsAt.toInstant(), e.endsAt.toInstant(), e.zone(), to);
        String where = e.kind == EventKind.ONLINE ? e.url : e.place;
        String link = config.publicUrl()
                .map(base -> base.resolve("/events/" + e.id).toString())
                .orElse("/events/" + e.id);
        var template = switch (mailing) {
            case REGISTERED -> EventMails.registered(title, starts, where, link);
            case PROMOTED -> EventMails.promoted(title, starts, where, link);
            case CHANGED -> EventMails.changed(title, starts, where, link);
            case REMINDER -> EventMails.reminder(title, starts, where, link);
            case CANCELLED -> EventMails.cancelled(title, starts);
        };
        MailOutbox.Attachment ics = mailing == Mailing.REMINDER
                ? null
                : new MailOutbox.Attachment(
                        "event.ics",
                        EventCalendar.of(e, to, config.publicUrl().orElse(null)).getBytes(StandardCharsets.UTF_8),
                        EventCalendar.MEDIA_TYPE);
        mail.enqueue(
                template,
                r.investorEmail,
                to,
                switch (mailing) {
                    case REGISTERED -> m -> m.mailEventRegisteredSubject(title);
                    case PROMOTED -> m -> m.mailEventPromotedSubject(title);
                    case CHANGED -> m -> m.mailEventChangedSubject(title);
                    case REMINDER -> m -> m.mailEventReminderSubject(title);
                    case CANCELLED -> m -> m.mailEventCancelledSubject(title);
                },
                ics);
    }

    private void apply(Event e, EventRecords.EventInput in) {
        e.titleZh = in.title().zh().strip();
        e.titleEn = blankToNull(in.title().en());
        e.descriptionZh = in.description().zh().strip();
        e.descriptionEn = blankToNull(in.description().en());
        e.kind = in.kind();
        e.url = e.kind == EventKind.ONLINE ? in.url().strip() : null;
        e.place = e.kind == EventKind.OFFLINE ? in.place().strip() : null;
        e.timeZone = in.timeZone();
        e.startsAt = in.startsAt();
        e.endsAt = in.endsAt();
        e.registrationDeadline = in.registrationDeadline();
        e.capacity = in.capacity();
        e.entryIds = in.achievementIds() == null
                ? List.of()
                : in.achievementIds().stream()
                        .map(s -> UUID.fromString(s).toString())
                        .distinct()
                        .toList();
    }

    private void requireChangeable(Event e) {
        if (e.cancelled()) {
            throw new DomainException.Conflict(Messages::eventCancelledAlready);
        }
        if (e.over(now())) {
            throw new DomainException.Conflict(Messages::eventOver);
        }
    }

    private boolean inPool(UUID id) {
        return pool.published(id).isPresent();
    }

    private EventRecords.EventView summary(Event e) {
        return view(e, null, false);
    }

    private EventRecords.EventView view(Event e, EventRecords.MyRegistration mine) {
        return view(e, mine, true);
    }

    private EventRecords.EventView view(Event e, EventRecords.MyRegistration mine, boolean withEntries) {
        long registered = registrations.count(e.id, RegistrationStatus.REGISTERED);
        long waiting = registrations.count(e.id, RegistrationStatus.WAITING);
        var zone = e.zone();
        return new EventRecords.EventView(
                e.id.toString(),
                e.title(),
                e.description(),
                e.kind,
                e.url,
                e.place,
                e.startsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                e.endsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                e.timeZone,
                e.capacity,
                e.registrationDeadline.atZoneSameInstant(zone).toOffsetDateTime(),
                e.status,
                e.sequence,
                e.updatedAt,
                registered,
                waiting,
                Math.max(0, e.capacity - registered),
                !e.cancelled() && !now().isAfter(e.registrationDeadline),
                e.entryIds,
                withEntries ? pool.cards(e.entries(), language.get()) : null,
                mine);
    }

    private Event find(String id) {
        return Ids.uuid(id).flatMap(events::findByIdOptional).orElseThrow(() -> notFound(id));
    }

    private Event locked(String id) {
        return Ids.uuid(id).flatMap(events::locked).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(String id) {
        return new DomainException.NotFound(m -> m.eventNotFound(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
