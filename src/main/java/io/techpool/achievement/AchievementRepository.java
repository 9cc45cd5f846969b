package io.techpool.achievement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {

    /** PostgreSQL takes at most 65,535 parameters a statement; id lists are read in slices well below that. */
    private static final int SLICE = 10_000;

    /** The fields a round needs of its achievements, without loading them as entities, in registration order. */
    List<Object[]> roundEntries(UUID roundId) {
        return getEntityManager()
                .createQuery(
                        "select a.id, a.organizationCode, a.industryCode, a.titleZh, a.titleEn, a.registrationNumber,"
                                + " a.submittedAt from Achievement a where a.roundId = :round order by a.submittedAt, a.id",
                        Object[].class)
                .setParameter("round", roundId)
                .getResultList();
    }

    /**
     * Concludes a round in one statement (a round of 100,000 is not loaded to change a status): the
     * selected become IN_POOL, the rest of the round NOT_SELECTED. Answers the ids it changed. The
     * version is raised as an entity update would, so a stale edit still fails its optimistic lock.
     */
    @SuppressWarnings("unchecked")
    List<UUID> conclude(UUID roundId, Collection<UUID> selected, OffsetDateTime now) {
        return getEntityManager()
                .createNativeQuery("""
                        update achievement
                        set status = case when id = any(:selected) then 'IN_POOL' else 'NOT_SELECTED' end,
                            updated_at = :now, version = version + 1
                        where round_id = :round and status = 'UNDER_REVIEW'
                        returning id""", UUID.class)
                .setParameter("selected", selected.toArray(UUID[]::new))
                .setParameter("now", now)
                .setParameter("round", roundId)
                .getResultList();
    }

    List<UUID> roundIds(UUID roundId) {
        return getEntityManager()
                .createQuery("select a.id from Achievement a where a.roundId = :round", UUID.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    /** Reads these achievements for showing only: no dirty checking, no locks. */
    List<Achievement> readOnly(List<UUID> ids) {
        List<Achievement> read = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += SLICE) {
            read.addAll(find("id in ?1", ids.subList(from, Math.min(ids.size(), from + SLICE)))
                    .withHint(HibernateHints.HINT_READ_ONLY, true)
                    .list());
        }
        return read;
    }

    /**
     * Up to {@code limit} achievements whose chain tags were not made under the chain file of {@code digest}:
     * submitted ones (any status but DRAFT) and any an operator tagged. Locked, skipping rows another
     * transaction holds, so replicas starting together share the work instead of waiting on each other.
     */
    List<Achievement> staleChainTags(String digest, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                        select id from achievement
                        where (status <> 'DRAFT' or chains_source is not null)
                          and chains_digest is distinct from :digest
                        order by id limit :limit
                        for update skip locked""", UUID.class)
                .setParameter("digest", digest)
                .setParameter("limit", limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }

    /** The achievement as a reference that loads nothing, for the search indexing plan. */
    Achievement reference(UUID id) {
        return getEntityManager().getReference(Achievement.class, id);
    }

    /** Locks a loaded achievement's row and reads it again, so that transitions of one achievement queue. */
    void lockForUpdate(Achievement achievement) {
        getEntityManager().lock(achievement, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(achievement);
    }

    /**
     * The next registration serial of a prefix and year, from 1. The upsert locks the counter's row until the
     * transaction ends, so concurrent submissions queue on it; a rollback gives the serial back.
     */
    int nextSerial(String prefix, int year) {
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                                insert into registration_serial (prefix, year, last_serial) values (:prefix, :year, 1)
                                on conflict (prefix, year) do update set last_serial = registration_serial.last_serial + 1
                                returning last_serial""")
                        .setParameter("prefix", prefix)
                        .setParameter("year", year)
                        .getSingleResult())
                .intValue();
    }

    /** Where a slice of a long listing ends: the last row's creation time and id. */
    record Cursor(OffsetDateTime createdAt, UUID id) {}

    /** Achievements in order of creation after a cursor (keyset paging: every slice costs the same). */
    List<Achievement> slice(String organization, AchievementKinds.Status status, Cursor after, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (organization != null) {
            where.append(" and organizationCode = :org");
            params.and("org", organization);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (after != null) {
            where.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
            params.and("at", after.createdAt()).and("id", after.id());
        }
        return find(
                        where.toString(),
                        io.quarkus.panache.common.Sort.by("createdAt").and("id"),
                        params)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, size)
                .list();
    }
}
