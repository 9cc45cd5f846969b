package io.techpool.matchmaking;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.techpool.achievement.AchievementInput;
import io.techpool.achievement.AchievementService;
import io.techpool.investor.InvestorPreferences;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.PersistenceFailures;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.mail.MailOutbox;
import io.techpool.pool.PoolService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Matchmaking (对接): requests on pool entries, the owner's answer, the thread and the deal pipeline.
 * Neither party's contact leaves this class before the request is accepted.
 */
@ApplicationScoped
class MatchmakingService {

    /** The width of the user-name columns (investor, actor, sender). */
    private static final int USERNAME_LENGTH = 100;

    private static final Set<MatchStatus> PIPELINE = EnumSet.copyOf(MatchStatus.PIPELINE);

    private static final Set<MatchStatus> TALKING = EnumSet.copyOf(MatchStatus.TALKING);

    @Inject
    MatchRepositories.Requests requests;

    @Inject
    MatchRepositories.Transitions transitions;

    @Inject
    MatchRepositories.Messages messages;

    @Inject
    PoolService pool;

    @Inject
    AchievementService achievements;

    @Inject
    InvestorPreferences investorPreferences;

    @Inject
    CurrentLanguage language;

    @Inject
    AuditLog audit;

    @Inject
    MailOutbox mail;

    @Inject
    Clock clock;

    @Transactional
    public MatchRecords.Detail request(CurrentUser user, String entryId, MatchRecords.CreateRequest body) {
        UUID id = Ids.uuid(entryId).orElseThrow(() -> noEntry(entryId));
        PoolService.PublishedEntry entry = pool.published(id).orElseThrow(() -> {
            if (achievements.ownerOf(id).isPresent()) {
                return new DomainException.Conflict(Messages::matchOnlyPoolEntries);
            }
            return noEntry(entryId);
        });
        if (body.budgetMin() != null
                && body.budgetMax() != null
                && body.budgetMin().compareTo(body.budgetMax()) > 0) {
            throw new DomainException.Invalid("budgetMax", Messages::budgetMaxBelowMin);
        }
        UUID sourceEventId = sourceEvent(body);
        if (requests.count(
                        "entryId = :entry and " + MatchRequest.MADE_BY + " and status in :open",
                        Parameters.with("entry", id)
                                .and("subject", user.subject())
                                .and("username", user.username(USERNAME_LENGTH))
                                .and("open", MatchStatus.OPEN))
                > 0) {
            throw duplicate();
        }
        OffsetDateTime now = now();
        MatchRequest r = new MatchRequest(id, user.subject(), user.username(USERNAME_LENGTH), now);
        r.ownerOrg = entry.organizationCode();
        r.section = entry.section();
        r.roundId = entry.roundId();
        r.titleZh = entry.titleZh();
        r.titleEn = entry.titleEn();
        r.investorOrg = user.org().orElse(null);
        r.investorName = user.displayName(100);
        // Revealed to the owner on acceptance: only an address the investor proved is theirs.
        r.investorEmail = user.verifiedEmail().orElse(null);
        r.investorLanguage = language.get();
        r.message = body.message();
        r.transferMode = body.transferMode();
        r.budgetMin = body.budgetMin();
        r.budgetMax = body.budgetMax();
        r.source = body.source() == null ? MatchSource.OTHER : body.source();
        r.sourceEventId = sourceEventId;
        requests.persist(r);
        transitions.persist(new MatchTransition(
                r.id, null, MatchStatus.REQUESTED, Side.INVESTOR, user.username(USERNAME_LENGTH), now));
        try {
            requests.flush();
        } catch (PersistenceException e) {
            // A concurrent second request lost the race on the partial unique index; any other failure is not that.
            if (PersistenceFailures.isUniqueViolation(e, "match_request_open")) {
                throw duplicate();
            }
            throw e;
        }
        achievements.contactOf(id).ifPresent(contact -> {
            Language owners = Language.ZH;
            String title = r.title().pick(owners);
            String from = r.investorOrg == null ? owners.messages().mailAnInvestor() : r.investorOrg;
            mail.enqueue(
                    MatchmakingMails.newRequest(title, from, r.id.toString()),
                    contact.email(),
                    owners,
                    m -> m.mailNewRequestSubject(title));
        });
        return detail(r, Side.INVESTOR);
    }

    /**
     * The event a request says it was started from: a UUID, and only with source EVENT (an event request without
     * one is still counted as EVENT). Matchmaking keeps the id as given; it does not ask the event package.
     */
    private static UUID sourceEvent(MatchRecords.CreateRequest body) {
        String id = body.sourceEventId();
        if (id == null || id.isBlank()) {
            return null;
        }
        if (body.source() != MatchSource.EVENT) {
            throw new DomainException.Invalid("sourceEventId", Messages::sourceEventOnlyForEvents);
        }
        return Ids.uuid(id.strip()).orElseThrow(() -> new DomainException.Invalid("sourceEventId", Messages::notAnId));
    }

    /**
     * Sent (investor), received by the own organization (institution), both for a person holding both roles,
     * or all (operator); newest first. Each row is seen from the side the caller is on for it.
     */
    public Page<MatchRecords.Summary> list(CurrentUser user, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        PanacheQuery<MatchRequest> query;
        if (user.isOperator()) {
            query = requests.findAll(newestFirst);
        } else {
            List<String> mine = new ArrayList<>();
            Parameters parameters = new Parameters();
            if (user.is(CurrentUser.INVESTOR)) {
                mine.add(MatchRequest.MADE_BY);
                parameters.and("subject", user.subject()).and("username", user.username(USERNAME_LENGTH));
            }
            if (user.is(CurrentUser.INSTITUTION) && user.org().isPresent()) {
                mine.add("ownerOrg = :org");
                parameters.and("org", user.org().get());
            }
            if (mine.isEmpty()) {
                return new Page<>(List.of(), page, size, 0);
            }
            query = requests.find(String.join(" or ", mine), newestFirst, parameters);
        }
        List<MatchRequest> items = query.page(page, size).list();
        return new Page<>(items.stream().map(r -> summary(r, sideOf(user, r))).toList(), page, size, query.count());
    }

    /** Requests the caller's organization has not opened yet: the "new requests" count. */
    public long unread(CurrentUser user) {
        if (!user.is(CurrentUser.INSTITUTION)) {
            return 0;
        }
        return requests.count(
                "ownerOrg = ?1 and ownerSeenAt is null and status = ?2",
                user.org().orElse(""),
                MatchStatus.REQUESTED);
    }

    @Transactional
    public MatchRecords.Detail get(CurrentUser user, String id) {
        MatchRequest r = visible(user, id);
        Side side = sideOf(user, r);
        // Read marks by statement, not through the versioned entity: a party opening the request in two tabs at
        // once, or while the other side acts, must not be told 409 for reading.
        if (side == Side.OWNER && r.ownerSeenAt == null) {
            requests.update("ownerSeenAt = ?1 where id = ?2 and ownerSeenAt is null", now(), r.id);
        }
        if (side == Side.INVESTOR) {
            requests.update("investorReadAt = ?1 where id = ?2", now(), r.id);
        }
        return detail(r, side);
    }

    @Transactional
    public MatchRecords.Detail accept(CurrentUser user, String id) {
        MatchRequest r = asOwner(user, id);
        move(r, MatchStatus.ACCEPTED, Side.OWNER, user.username(USERNAME_LENGTH));
        r.acceptedAt = r.acceptedAt == null ? now() : r.acceptedAt;
        audit.record("match-request.accept", "match-request", r.id, java.util.Map.of("entry", r.entryId));
        return detail(r, Side.OWNER);
    }

    @Transactional
    public MatchRecords.Detail decline(CurrentUser user, String id, MatchRecords.Decline body) {
        MatchRequest r = asOwner(user, id);
        move(r, MatchStatus.DECLINED, Side.OWNER, user.username(USERNAME_LENGTH));
        r.declineReason = body == null ? null : body.reason();
        return detail(r, Side.OWNER);
    }

    @Transactional
    public MatchRecords.Detail write(CurrentUser user, String id, MatchRecords.NewMessage body) {
        MatchRequest r = visible(user, id);
        Side side = asParty(user, r);
        if (!TALKING.contains(r.status)) {
            MatchStatus status = r.status;
            throw new DomainException.Conflict(m -> m.matchMessagesClosed(status, TALKING));
        }
        messages.persist(new MatchMessage(r.id, side, user.username(USERNAME_LENGTH), body.text(), now()));
        return detail(r, side);
    }

    @Transactional
    public MatchRecords.Detail changeStatus(CurrentUser user, String id, MatchRecords.StatusChange body) {
        MatchRequest r = visible(user, id);
        Side side = asParty(user, r);
        if (!PIPELINE.contains(body.status())) {
            throw new DomainException.Invalid("status", m -> m.mustBeOneOf(PIPELINE));
        }
        move(r, body.status(), side, user.username(USERNAME_LENGTH));
        if (body.status() == MatchStatus.DEAL_SIGNED) {
            r.dealValue = body.dealValue();
            r.dealTransferMode = body.transferMode();
        }
        return detail(r, side);
    }

    /** The funnel over all requests, or over the requests on one round's entries. */
    public MatchRecords.Funnel funnel(String round) {
        UUID roundId = round == null || round.isBlank()
                ? null
                : Ids.uuid(round).orElseThrow(() -> new DomainException.Invalid("round", Messages::notAnId));
        return FunnelFigures.of(requests.funnelGroups(roundId), requests.medianSecondsToAcceptance(roundId));
    }

    /** Moves the request; 409 naming the statuses it may move to when the step is not one of them. */
    void move(MatchRequest r, MatchStatus target, Side side, String actor) {
        if (!r.status.canMoveTo(target)) {
            List<MatchStatus> allowed = r.status.next().stream()
                    .filter(s -> s != MatchStatus.EXPIRED)
                    .toList();
            MatchStatus status = r.status;
            throw new DomainException.Conflict(m -> m.matchCannotMove(status, target, allowed));
        }
        transitions.persist(new MatchTransition(r.id, r.status, target, side, actor, now()));
        r.status = target;
    }

    MatchRecords.Detail detail(MatchRequest r, Side side) {
        boolean revealed = r.revealed();
        MatchRecords.Contact contact = null;
        if (revealed && (side == Side.INVESTOR || side == Side.OPERATOR)) {
            contact = achievements
                    .contactOf(r.entryId)
                    .map(MatchmakingService::contact)
                    .orElse(null);
        }
        MatchRecords.Contact investorContact = revealed && (side == Side.OWNER || side == Side.OPERATOR)
                ? new MatchRecords.Contact(r.investorName, null, r.investorEmail)
                : null;
        if ((side == Side.INVESTOR && contact != null) || (side == Side.OWNER && investorContact != null)) {
            audit.recordOnce("match-request.contact-reveal", "match-request", r.id, java.util.Map.of("side", side));
        }
        List<MatchRecords.Step> history = transitions
                .list("requestId", Sort.by("at").and("id"), r.id)
                .stream()
                .map(t -> new MatchRecords.Step(t.from, t.to, t.side, t.at))
                .toList();
        List<MatchRecords.Message> thread = messages
                .list("requestId", Sort.by("sentAt").and("id"), r.id)
                .stream()
                .map(m -> new MatchRecords.Message(m.side, m.text, m.sentAt))
                .toList();
        return new MatchRecords.Detail(
                r.id.toString(),
                r.entryId.toString(),
                r.title(),
                r.ownerOrg,
                r.investorOrg,
                side == Side.INVESTOR
                        ? null
                        : investorPreferences
                                .of(r.investorSubject, r.investorUsername)
                                .orElse(null),
                r.message,
                r.transferMode,
                r.budgetMin,
                r.budgetMax,
                r.status,
                r.status.next().stream().filter(s -> s != MatchStatus.EXPIRED).toList(),
                r.declineReason,
                r.dealValue,
                r.dealTransferMode,
                r.createdAt,
                r.acceptedAt,
                contact,
                investorContact,
                history,
                thread);
    }

    private MatchRecords.Summary summary(MatchRequest r, Side side) {
        return new MatchRecords.Summary(
                r.id.toString(),
                r.entryId.toString(),
                r.title(),
                r.ownerOrg,
                r.investorOrg,
                r.status,
                r.transferMode,
                r.budgetMin,
                r.budgetMax,
                r.createdAt,
                switch (side) {
                    case OWNER -> r.ownerSeenAt == null;
                    case INVESTOR -> unreadByInvestor(r);
                    default -> null;
                });
    }

    /** Whether the team wrote or moved the request since the investor last opened it. */
    private boolean unreadByInvestor(MatchRequest r) {
        OffsetDateTime read = r.investorReadAt == null ? r.createdAt : r.investorReadAt;
        return messages.count("requestId = ?1 and side = ?2 and sentAt > ?3", r.id, Side.OWNER, read) > 0
                || transitions.count("requestId = ?1 and side = ?2 and at > ?3", r.id, Side.OWNER, read) > 0;
    }

    private static MatchRecords.Contact contact(AchievementInput.Contact c) {
        return new MatchRecords.Contact(c.name(), c.phone(), c.email());
    }

    /** The request if the caller is one of its parties or an operator; 404 for everyone else. */
    private MatchRequest visible(CurrentUser user, String id) {
        MatchRequest r = Ids.uuid(id).map(requests::findById).orElse(null);
        if (r == null || sideOf(user, r) == null) {
            throw new DomainException.NotFound(m -> m.matchRequestNotFound(id));
        }
        return r;
    }

    /**
     * Locked until the answer commits: the expiry job skips a request being answered, and an answer waits for an
     * expiry in progress and then finds the request expired (409). One of the two wins, never both.
     */
    private MatchRequest asOwner(CurrentUser user, String id) {
        MatchRequest r = visible(user, id);
        if (sideOf(user, r) != Side.OWNER) {
            throw new DomainException.Forbidden(Messages::matchOwnerAnswers);
        }
        requests.getEntityManager().refresh(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    private static Side asParty(CurrentUser user, MatchRequest r) {
        Side side = sideOf(user, r);
        if (side != Side.INVESTOR && side != Side.OWNER) {
            throw new DomainException.Forbidden(Messages::matchPartiesOnly);
        }
        return side;
    }

    /** The side the caller is on for this request, or null when it is none of theirs. */
    static Side sideOf(CurrentUser user, MatchRequest r) {
        if (user.is(CurrentUser.INVESTOR) && r.isMadeBy(user.subject(), user.username(USERNAME_LENGTH))) {
            return Side.INVESTOR;
        }
        if (user.is(CurrentUser.INSTITUTION)
                && user.org().map(r.ownerOrg::equals).orElse(false)) {
            return Side.OWNER;
        }
        return user.isOperator() ? Side.OPERATOR : null;
    }

    private static DomainException duplicate() {
        return new DomainException.Conflict(Messages::matchDuplicate);
    }

    private static DomainException noEntry(String id) {
        return new DomainException.NotFound(m -> m.poolEntryNotFound(id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
