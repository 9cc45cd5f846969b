package io.techpool.investor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Mails;
import io.techpool.platform.Messages;
import io.techpool.pool.PoolQuery;
import io.techpool.pool.PoolRecords;
import io.techpool.pool.PoolSearch;
import io.techpool.pool.PoolService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    /** The most matches one saved search records per check. */
    static final int MATCH_LIMIT = 1000;

    public record SavedSearchInput(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 100)
            String name,

            @jakarta.validation.constraints.NotNull @jakarta.validation.Valid
            SavedSearch.Criteria criteria) {}

    public record SavedSearchView(
            String id, String name, SavedSearch.Criteria criteria, OffsetDateTime createdAt, long newCount) {}

    @Inject
    EntityManager em;

    @Inject
    PoolSearch search;

    @Inject
    PoolService pool;

    @Inject
    CurrentLanguage language;

    @Inject
    Clock clock;

    @Transactional
    SavedSearchView save(CurrentUser user, SavedSearchInput input) {
        PoolQuery query = input.criteria().query(PoolQuery.Sort.newest, 0, 1);
        SavedSearch saved = new SavedSearch();
        saved.id = UUID.randomUUID();
        saved.ownerUsername = user.username();
        saved.email = user.claim("email").orElse(null);
        saved.language = language.get();
        saved.name = input.name();
        saved.criteria = input.criteria();
        saved.createdAt = now();
        em.persist(saved);
        em.flush();
        // What already matches is not news.
        for (UUID entry : search.matchingIds(query, MATCH_LIMIT)) {
            record(saved.id, entry, now(), true);
        }
        return view(saved);
    }

    List<SavedSearchView> mine(CurrentUser user) {
        return em
                .createQuery("from SavedSearch where ownerUsername = :me order by createdAt, id", SavedSearch.class)
                .setParameter("me", user.username())
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        em.remove(own(user, id));
    }

    /** The saved search run now; what it shows is no longer new. */
    @Transactional
    PoolRecords.SearchPage results(CurrentUser user, String id, int page, int size) {
        SavedSearch saved = own(user, id);
        em.createQuery("update SavedSearchMatch set seenAt = :now where key.savedSearchId = :id and seenAt is null")
                .setParameter("now", now())
                .setParameter("id", saved.id)
                .executeUpdate();
        return search.search(saved.criteria.query(PoolQuery.Sort.newest, page, size), language.get());
    }

    @Scheduled(
            every = "${techpool.pool.alert-check-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        checkAll();
    }

    /** Records new matches of every saved search and mails their owners; answers how many e-mails went out. */
    public int checkAll() {
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select id from SavedSearch order by id", UUID.class)
                        .getResultList());
        int sent = 0;
        for (UUID id : ids) {
            sent += QuarkusTransaction.requiringNew().call(() -> check(id)) ? 1 : 0;
        }
        return sent;
    }

    private boolean check(UUID id) {
        SavedSearch saved = em.find(SavedSearch.class, id);
        if (saved == null) {
            return false;
        }
        OffsetDateTime now = now();
        List<UUID> fresh = new ArrayList<>();
        for (UUID entry : search.matchingIds(saved.criteria.query(PoolQuery.Sort.newest, 0, 1), MATCH_LIMIT)) {
            if (record(saved.id, entry, now, false)) {
                fresh.add(entry);
            }
        }
        if (fresh.isEmpty() || saved.email == null) {
            return false;
        }
        List<String> titles = pool.titles(fresh).stream()
                .map(title -> title.pick(saved.language))
                .toList();
        Mails.send(
                InvestorMails.savedSearchAlert(saved.name, titles),
                saved.email,
                saved.language,
                m -> m.mailSavedSearchSubject(saved.name, fresh.size()));
        em.createQuery(
                        "update SavedSearchMatch set notifiedAt = :now where key.savedSearchId = :id and notifiedAt is null")
                .setParameter("now", now)
                .setParameter("id", saved.id)
                .executeUpdate();
        LOG.infof("Saved search %s: %d new entries, owner told", saved.id, fresh.size());
        return true;
    }

    /** Inserts the match unless it is known; answers whether it was new. */
    private boolean record(UUID savedSearch, UUID entry, OffsetDateTime now, boolean baseline) {
        return em.createNativeQuery("""
                        insert into saved_search_match (saved_search_id, entry_id, found_at, notified_at, seen_at)
                        values (:search, :entry, :now, :told, :seen) on conflict do nothing""")
                        .setParameter("search", savedSearch)
                        .setParameter("entry", entry)
                        .setParameter("now", now)
                        .setParameter("told", baseline ? now : null)
                        .setParameter("seen", baseline ? now : null)
                        .executeUpdate()
                > 0;
    }

    private SavedSearchView view(SavedSearch s) {
        long fresh = em.createQuery(
                        "select count(m) from SavedSearchMatch m where m.key.savedSearchId = :id and m.seenAt is null",
                        Long.class)
                .setParameter("id", s.id)
                .getSingleResult();
        return new SavedSearchView(s.id.toString(), s.name, s.criteria, s.createdAt, fresh);
    }

    private SavedSearch own(CurrentUser user, String id) {
        SavedSearch saved = Ids.uuid(id).map(u -> em.find(SavedSearch.class, u)).orElse(null);
        if (saved == null || !saved.ownerUsername.equals(user.username())) {
            throw new DomainException.NotFound(Messages::savedSearchNotFound);
        }
        return saved;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
