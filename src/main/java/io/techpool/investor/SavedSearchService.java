package io.techpool.investor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.techpool.industry.IndustryChains;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.jobs.JobLeases;
import io.techpool.platform.mail.MailOutbox;
import io.techpool.pool.PoolQuery;
import io.techpool.pool.PoolRecords;
import io.techpool.pool.PoolSearch;
import io.techpool.pool.PoolService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Saved searches: what matches when saving is the baseline; entries that match later are recorded
 * once (the primary key and {@code on conflict do nothing} make that hold across replicas), counted
 * as new until the investor looks, and mailed once per check and saved search.
 */
@ApplicationScoped
public class SavedSearchService {

    private static final Logger LOG = Logger.getLogger(SavedSearchService.class);

    /** The most saved searches one investor keeps. */
    public static final int LIMIT = 20;

    /** The width of {@code saved_search.owner_username}. */
    private static final int USERNAME_LENGTH = 100;

    /** The most matches one saved search records per check. */
    static final int MATCH_LIMIT = 1000;

    public record SavedSearchInput(
            @io.techpool.platform.NotBlankText @jakarta.validation.constraints.Size(max = 100)
            String name,

            @jakarta.validation.constraints.NotNull @jakarta.validation.Valid
            SavedSearch.Criteria criteria) {}

    public record SavedSearchView(
            String id, String name, SavedSearch.Criteria criteria, OffsetDateTime createdAt, long newCount) {}

    @Inject
    SavedSearchRepository savedSearches;

    @Inject
    SavedSearchMatchRepository matches;

    @Inject
    PoolSearch search;

    @Inject
    PoolService pool;

    @Inject
    IndustryChains chains;

    @Inject
    CurrentLanguage language;

    @Inject
    MailOutbox mail;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    /**
     * At most {@link #LIMIT} per investor: each saved search costs a pool query at every alert check. Saves of
     * one investor queue on a lock of their own, so two at once cannot pass the count together.
     */
    @Transactional
    SavedSearchView save(CurrentUser user, SavedSearchInput input) {
        PoolQuery query = input.criteria().query(PoolQuery.Sort.newest, 0, 1);
        requireKnownChains(query.chains());
        savedSearches.lockOwner(user.subject());
        if (savedSearches.countOwnedBy(user.subject(), user.username(USERNAME_LENGTH)) >= LIMIT) {
            throw new DomainException.Conflict(m -> m.savedSearchLimit(LIMIT));
        }
        SavedSearch saved = new SavedSearch();
        saved.id = UUID.randomUUID();
        saved.ownerSubject = user.subject();
        saved.ownerUsername = user.username(USERNAME_LENGTH);
        // Alerts go only to an address the investor proved is theirs; without one, new matches wait for a visit.
        saved.email = user.verifiedEmail().orElse(null);
        saved.language = language.get();
        saved.name = input.name();
        saved.criteria = input.criteria();
        saved.createdAt = now();
        savedSearches.persist(saved);
        savedSearches.flush();
        // What already matches is not news.
        for (UUID entry : search.matchingIds(query, MATCH_LIMIT)) {
            matches.record(saved.id, entry, now(), true);
        }
        return view(saved);
    }

    /** A chain the chain file does not name would never match: 400 naming it, as an operator's tagging has it. */
    private void requireKnownChains(List<String> ids) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (chains.find(id).isEmpty()) {
                errors.add(new DomainException.Invalid.Field("criteria.chains[" + i + "]", m -> m.chainUnknown(id)));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    Page<SavedSearchView> mine(CurrentUser user, int page, int size) {
        return savedSearches
                .ownedBy(user.subject(), user.username(USERNAME_LENGTH), page, size)
                .map(this::view);
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        savedSearches.delete(own(user, id));
    }

    /** The saved search run now; what it shows is no longer new. */
    PoolRecords.SearchPage results(CurrentUser user, String id, int page, int size) {
        return open(user, id, page, size).results();
    }

    /**
     * A page of the saved search's current results for an export: nothing is marked seen, since a file is not a
     * visit (the next visit still shows what is new).
     */
    PoolRecords.SearchPage currentResults(CurrentUser user, String id, int page, int size) {
        SavedSearch saved = own(user, id);
        return search.search(saved.criteria.query(PoolQuery.Sort.newest, page, size), language.get());
    }

    /** A saved search as its owner opens it: its results now, and which entries were new until this visit. */
    public record Opened(SavedSearchView search, PoolRecords.SearchPage results, Set<String> fresh) {}

    /** Runs the saved search and marks its new entries seen, as every visit does. */
    @Transactional
    Opened open(CurrentUser user, String id, int page, int size) {
        SavedSearch saved = own(user, id);
        SavedSearchView view = view(saved);
        Set<String> fresh =
                matches.unseen(saved.id).stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        matches.markSeen(saved.id, now());
        return new Opened(
                view, search.search(saved.criteria.query(PoolQuery.Sort.newest, page, size), language.get()), fresh);
    }

    @Scheduled(
            every = "${techpool.pool.alert-check-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        leases.runExclusively("saved-search-alerts", JOB_LEASE, this::checkAll);
    }

    /** Longest a check of every saved search may take before another replica may start one. */
    private static final java.time.Duration JOB_LEASE = java.time.Duration.ofMinutes(10);

    /** Records new matches of every saved search and mails their owners; answers how many e-mails went out. */
    public int checkAll() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(savedSearches::allIds);
        int sent = 0;
        for (UUID id : ids) {
            sent += QuarkusTransaction.requiringNew().call(() -> check(id)) ? 1 : 0;
        }
        return sent;
    }

    private boolean check(UUID id) {
        SavedSearch saved = savedSearches.findById(id);
        if (saved == null) {
            return false;
        }
        OffsetDateTime now = now();
        List<UUID> fresh = new ArrayList<>();
        for (UUID entry : search.matchingIds(saved.criteria.query(PoolQuery.Sort.newest, 0, 1), MATCH_LIMIT)) {
            if (matches.record(saved.id, entry, now, false)) {
                fresh.add(entry);
            }
        }
        if (fresh.isEmpty() || saved.email == null) {
            return false;
        }
        List<String> titles = pool.titles(fresh).stream()
                .map(title -> title.pick(saved.language))
                .toList();
        mail.enqueue(
                InvestorMails.savedSearchAlert(saved.name, titles),
                saved.email,
                saved.language,
                m -> m.mailSavedSearchSubject(saved.name, fresh.size()));
        matches.markNotified(saved.id, now);
        LOG.infof("Saved search %s: %d new entries, owner told", saved.id, fresh.size());
        return true;
    }

    private SavedSearchView view(SavedSearch s) {
        long fresh = matches.countUnseen(s.id);
        return new SavedSearchView(s.id.toString(), s.name, s.criteria, s.createdAt, fresh);
    }

    private SavedSearch own(CurrentUser user, String id) {
        SavedSearch saved = Ids.uuid(id).map(savedSearches::findById).orElse(null);
        if (saved == null || !saved.isOwnedBy(user.subject(), user.username(USERNAME_LENGTH))) {
            throw new DomainException.NotFound(Messages::savedSearchNotFound);
        }
        return saved;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
