package io.techpool.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who did what when: features call {@code audit.record("round.publish", "round", round.id, Map.of(...))} in the
 * transaction of the change, so a change that rolls back leaves no entry and a committed one always has its
 * entry. The actor is taken from the request (token subject, user name, roles, client address); outside a
 * request (a job) it is the system. Entries are never changed: the table refuses UPDATE, DELETE and TRUNCATE.
 *
 * <p>Actions are {@code subject-type.verb} in lower case ({@code achievement.submit}, {@code audit.export});
 * the features own their names, README lists them.
 */
@ApplicationScoped
public class AuditLog {

    /** {@code achievement.submit}, {@code match-request.contact-reveal}: lower case, one dot. */
    static final Pattern ACTION = Pattern.compile("[a-z][a-z-]*\\.[a-z][a-z-]*");

    /** Rows per query while exporting: one page of keyset paging, so memory stays flat whatever the log holds. */
    static final int EXPORT_BATCH = 1_000;

    @ApplicationScoped
    static class Entries implements PanacheRepositoryBase<AuditEntry, UUID> {}

    @Inject
    Entries entries;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser currentUser;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    /** Records an action on a subject, in the caller's transaction (or its own when there is none). */
    @Transactional
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        entries.persist(new AuditEntry(now(), check(action), subjectType, String.valueOf(subjectId), actor(), details));
    }

    @Transactional
    public void record(String action, String subjectType, Object subjectId) {
        record(action, subjectType, subjectId, Map.of());
    }

    /**
     * Records an action the first time this actor does it to this subject (a contact read for the first time):
     * later calls, concurrent ones included, add nothing. The actor is told apart by the token's subject.
     */
    @Transactional
    public void recordOnce(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        Actor actor = actor();
        String onceKey = String.join(
                "|", check(action), subjectType, String.valueOf(subjectId), String.valueOf(actor.subject()));
        entityManager
                .createNativeQuery("""
                        insert into audit_log (id, at, action, subject_type, subject_id, actor_subject, actor_username,
                                               actor_roles, client_address, details, once_key)
                        values (:id, :at, :action, :subjectType, :subjectId, :actorSubject, :actorUsername,
                                :actorRoles, :clientAddress, cast(:details as jsonb), :onceKey)
                        on conflict (once_key) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", now())
                .setParameter("action", action)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", String.valueOf(subjectId))
                .setParameter("actorSubject", actor.subject())
                .setParameter("actorUsername", actor.username())
                .setParameter("actorRoles", actor.roles())
                .setParameter("clientAddress", actor.address())
                .setParameter("details", details == null || details.isEmpty() ? null : toJson(details))
                .setParameter("onceKey", onceKey)
                .executeUpdate();
    }

    /** A page of entries matching the filter, newest first. */
    public Page<AuditRecord> find(AuditFilter filter, int page, int size) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        var query = entries.find(where, Sort.descending("at").and("id", Sort.Direction.Descending), params)
                .page(page, size);
        return new Page<>(query.list(), page, size, query.count()).map(AuditRecord::of);
    }

    /** The actions the log holds, for the page's filter: the features own their names, the log only knows them. */
    public List<String> actions() {
        return entityManager
                .createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    /**
     * The entries matching the filter older than {@code after} (all when null), newest first, at most
     * {@link #EXPORT_BATCH}: an export calls it until a batch comes back short, each call a short read.
     */
    @Transactional
    public List<AuditRecord> batch(AuditFilter filter, AuditRecord after) {
        Parameters params = new Parameters();
        List<String> where = new ArrayList<>();
        String base = where(filter, params);
        if (!base.isEmpty()) {
            where.add(base);
        }
        if (after != null) {
            where.add("(at < :afterAt or (at = :afterAt and id < :afterId))");
            params.and("afterAt", after.at()).and("afterId", UUID.fromString(after.id()));
        }
        return entries
                .find(String.join(" and ", where), Sort.descending("at").and("id", Sort.Direction.Descending), params)
                .page(0, EXPORT_BATCH)
                .list()
                .stream()
                .map(AuditRecord::of)
                .toList();
    }

    private static String where(AuditFilter filter, Parameters params) {
        List<String> where = new ArrayList<>();
        if (filter.action() != null) {
            where.add("action = :action");
            params.and("action", filter.action());
        }
        if (filter.actor() != null) {
            where.add("(actorUsername = :actor or actorSubject = :actor)");
            params.and("actor", filter.actor());
        }
        if (filter.subject() != null) {
            where.add("subjectId = :subject");
            params.and("subject", filter.subject());
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("at < :to");
            params.and("to", filter.to());
        }
        return String.join(" and ", where);
    }

    private Actor actor() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return new Actor(null, null, null, address());
        }
        String subject = token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
        String roles = String.join(",", new java.util.TreeSet<>(identity.getRoles()));
        return new Actor(subject, currentUser.username(), roles, address());
    }

    /** The client as the app sees it: Vert.x puts a trusted proxy's forwarded address in place of the connection's. */
    private String address() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = request.getCurrent();
        if (context == null || context.request().remoteAddress() == null) {
            return null;
        }
        return context.request().remoteAddress().hostAddress();
    }

    private static String check(String action) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be subject-type.verb in lower case: " + action);
        }
        return action;
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be JSON", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
