package io.techpool.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.techpool.platform.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Pool entries in the database, with the reads that rank them for recommendations and the industry view. */
@ApplicationScoped
class PoolEntryRepository implements PanacheRepositoryBase<PoolEntry, UUID> {

    /**
     * One page of the entries that fit a profile, best first, ranked in the database so that a pool of
     * 100,000 entries is never loaded to rank it. The SQL is {@link RecommendationFit}'s formula and order
     * (fit, composite, id); {@code RecommendationFit} stays the definition and gives the reasons, and a test
     * checks that both agree.
     */
    RankedPage recommended(RecommendationFit.Profile profile, int page, int size) {
        String fit = """
                (case when division = any(:industries) then %d when section = any(:industries) then %d else 0 end
                 + case when trl between :trlMin and :trlMax then %d else 0 end
                 + case when jsonb_exists_any(transfer_modes, :modes) then %d else 0 end
                 + round(percentile / 10, 2))""".formatted(
                        RecommendationFit.DIVISION,
                        RecommendationFit.SECTION,
                        RecommendationFit.TRL,
                        RecommendationFit.TRANSFER_MODE);
        String relevant =
                "(division = any(:industries) or section = any(:industries) or trl between :trlMin and :trlMax)";
        // Ranks narrow rows (id and the sort keys) and reads whole rows for the page only: sorting the whole
        // rows of ~90,000 fitting entries spilled to disk and took 2.5 times as long.
        @SuppressWarnings("unchecked")
        List<PoolEntry> entries = bind(
                        getEntityManager()
                                .createNativeQuery(
                                        "select p.* from (select id, " + fit + " as fit, composite from pool_entry"
                                                + " where " + relevant
                                                + " order by fit desc, composite desc, id limit :size offset :offset) r"
                                                + " join pool_entry p on p.id = r.id"
                                                + " order by r.fit desc, r.composite desc, r.id",
                                        PoolEntry.class),
                        profile)
                .setParameter("modes", profile.transferModes().toArray(String[]::new))
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        long total = ((Number) bind(
                                getEntityManager()
                                        .createNativeQuery("select count(*) from pool_entry where " + relevant),
                                profile)
                        .getSingleResult())
                .longValue();
        return new RankedPage(entries, total);
    }

    /** One page of entries, in rank order, and how many entries fit in all. */
    record RankedPage(List<PoolEntry> entries, long total) {}

    private static Query bind(Query query, RecommendationFit.Profile profile) {
        return query.setParameter("industries", profile.industries().toArray(String[]::new))
                .setParameter("trlMin", profile.trlMin())
                .setParameter("trlMax", profile.trlMax());
    }

    /**
     * Every division of the pool with its count and its {@code top} first entries in industry rank
     * (SCORING.md step 8), ordered by section, division, rank. One index-backed lookup per division, so the
     * answer stays small and fast whatever the pool's size.
     */
    List<DivisionTop> byIndustry(int top) {
        return byIndustry(top, null);
    }

    /** The same for one division only, or for all when {@code division} is null. */
    List<DivisionTop> byIndustry(int top, String division) {
        String only = division == null ? "" : "where division = :division";
        Query query = getEntityManager().createNativeQuery("""
                        select d.section, d.division, d.entries, e.id, e.title_zh, e.title_en, e.composite,
                               e.industry_rank, e.percentile, e.organization_name_zh, e.organization_name_en
                        from (select section, division, count(*) as entries from pool_entry %s
                              group by section, division) d
                        cross join lateral (
                            select * from pool_entry p
                            where p.section = d.section and p.division = d.division
                            order by p.industry_rank, p.id
                            limit :top) e
                        order by d.section, d.division, e.industry_rank, e.id""".formatted(only)).setParameter("top", top);
        if (division != null) {
            query.setParameter("division", division);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new DivisionTop(
                        String.valueOf(r[0]), // varchar(1) comes back as a Character
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        (UUID) r[3],
                        (String) r[4],
                        (String) r[5],
                        (BigDecimal) r[6],
                        ((Number) r[7]).intValue(),
                        (BigDecimal) r[8],
                        (String) r[9],
                        (String) r[10]))
                .toList();
    }

    /** One of a division's first entries, with the division's entry count. */
    record DivisionTop(
            String section,
            String division,
            long divisionEntries,
            UUID id,
            String titleZh,
            String titleEn,
            BigDecimal composite,
            int industryRank,
            BigDecimal percentile,
            String organizationNameZh,
            String organizationNameEn) {}

    Map<String, Long> countByOrganization(Collection<String> codes) {
        return getEntityManager()
                .createQuery(
                        "select e.organizationCode, count(e) from PoolEntry e where e.organizationCode in :codes"
                                + " group by e.organizationCode",
                        Object[].class)
                .setParameter("codes", codes)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    List<Bilingual> titles(Collection<UUID> ids) {
        return getEntityManager()
                .createQuery(
                        "select new io.techpool.platform.Bilingual(titleZh, titleEn) from PoolEntry"
                                + " where id in :ids order by titleZh",
                        Bilingual.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Entry counts per section, by section. */
    Map<String, Long> countBySection() {
        return counts("select e.section, count(e) from PoolEntry e group by e.section");
    }

    /** Entry counts per round id, by id. */
    Map<String, Long> countByRound() {
        return counts("select e.roundId, count(e) from PoolEntry e group by e.roundId");
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new TreeMap<>();
        getEntityManager()
                .createQuery(query, Object[].class)
                .getResultList()
                .forEach(r -> counts.put(r[0].toString(), (Long) r[1]));
        return counts;
    }

    /** An organization's entries, best composite first. */
    List<PoolEntry> ofOrganization(String code, int limit) {
        return find("organizationCode", Sort.descending("composite").and("id"), code)
                .page(0, limit)
                .list();
    }

    /** The ids and publication times of up to {@code size} entries after {@code after} (null: from the start), by id. */
    List<SitemapRow> sitemapChunk(UUID after, int size) {
        var query = after == null
                ? getEntityManager()
                        .createQuery("select e.id, e.publishedAt from PoolEntry e order by e.id", SitemapRow.class)
                : getEntityManager()
                        .createQuery(
                                "select e.id, e.publishedAt from PoolEntry e where e.id > :after order by e.id",
                                SitemapRow.class)
                        .setParameter("after", after);
        return query.setMaxResults(size).getResultList();
    }

    /** The id at this position in id order (a sitemap part's start); empty past the end. */
    java.util.Optional<UUID> idAt(long position) {
        return getEntityManager()
                .createQuery("select e.id from PoolEntry e order by e.id", UUID.class)
                .setFirstResult(Math.toIntExact(position))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** An entry as the sitemap lists it. */
    record SitemapRow(UUID id, java.time.OffsetDateTime publishedAt) {}

    /** The most recently published entries, newest first, id as the tie-break. */
    List<PoolEntry> newest(int limit) {
        return findAll(Sort.descending("publishedAt").and("id")).page(0, limit).list();
    }
}
