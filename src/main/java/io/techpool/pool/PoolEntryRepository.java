package io.techpool.pool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Up to {@code limit} entries in the order of the industry view (section, division, industry rank, id), after
     * {@code after} or from the start when it is null: keyset slices, so the whole pool is exported without an
     * offset that grows.
     */
    @SuppressWarnings("unchecked")
    List<PoolEntry> byIndustrySlice(IndustryCursor after, int limit) {
        String from = after == null
                ? ""
                : " where (section, division, industry_rank, id) > (:section, :division, :rank, :id)";
        Query query = getEntityManager()
                .createNativeQuery(
                        "select * from pool_entry" + from
                                + " order by section, division, industry_rank, id limit :limit",
                        PoolEntry.class)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("section", after.section())
                    .setParameter("division", after.division())
                    .setParameter("rank", after.industryRank())
                    .setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** Where a slice of {@link #byIndustrySlice} ended. */
    record IndustryCursor(String section, String division, int industryRank, UUID id) {}

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

    /** Entries in all, or of one chain when {@code chain} is not null. */
    long count(String chain) {
        return ((Number) chainFiltered("select count(*) from pool_entry %s", chain)
                        .getSingleResult())
                .longValue();
    }

    /** Entry counts per section, by section; of one chain's entries when {@code chain} is not null. */
    Map<String, Long> countBySection(String chain) {
        return counts(chainFiltered("select section, count(*) from pool_entry %s group by section", chain));
    }

    /** Entry counts per round id, by id; of one chain's entries when {@code chain} is not null. */
    Map<String, Long> countByRound(String chain) {
        return counts(chainFiltered("select round_id, count(*) from pool_entry %s group by round_id", chain));
    }

    /** Entry counts per chain id, by id; of one chain's entries (so: the chains they also serve) when not null. */
    Map<String, Long> countByChain(String chain) {
        return counts(chainFiltered(
                "select c, count(*) from pool_entry cross join jsonb_array_elements_text(chains) c %s group by c",
                chain));
    }

    /** A native query, {@code %s} in it replaced by a filter on the chain when {@code chain} is not null. */
    private Query chainFiltered(String sql, String chain) {
        Query query = getEntityManager()
                .createNativeQuery(sql.formatted(chain == null ? "" : "where chains @> cast(:chain as jsonb)"));
        return chain == null ? query : query.setParameter("chain", chainJson(chain));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Query query) {
        Map<String, Long> counts = new TreeMap<>();
        ((List<Object[]>) query.getResultList()).forEach(r -> counts.put(r[0].toString(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** {@code ["id"]}: the jsonb containment operand that finds entries serving a chain. */
    private static String chainJson(String chain) {
        return json(List.of(chain));
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets an entry's chain tags; answers whether it is in the pool (a pool entry has the achievement's id). One
     * statement, as the entity is immutable to Hibernate.
     */
    boolean setChains(UUID id, List<String> chains) {
        return getEntityManager()
                        .createNativeQuery("update pool_entry set chains = cast(:chains as jsonb) where id = :id")
                        .setParameter("chains", json(chains))
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    /** The entry as a reference that loads nothing, for the search indexing plan. */
    PoolEntry reference(UUID id) {
        return getEntityManager().getReference(PoolEntry.class, id);
    }

    /**
     * Up to {@code limit} entries of a chain, best composite first (id breaks ties), after the entry
     * {@code (composite, id)} of the previous chunk, or from the start when {@code after} is null: keyset chunks,
     * so a long list is streamed without an offset that grows.
     */
    @SuppressWarnings("unchecked")
    List<PoolEntry> ofChain(String chain, ChainCursor after, int limit) {
        String from = after == null ? "" : " and (composite < :composite or (composite = :composite and id > :id))";
        Query query = getEntityManager()
                .createNativeQuery(
                        "select * from pool_entry where chains @> cast(:chain as jsonb)" + from
                                + " order by composite desc, id limit :limit",
                        PoolEntry.class)
                .setParameter("chain", chainJson(chain))
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("composite", after.composite()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** One page of a chain's entries, best composite first. */
    @SuppressWarnings("unchecked")
    List<PoolEntry> ofChain(String chain, int page, int size) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from pool_entry where chains @> cast(:chain as jsonb)"
                                + " order by composite desc, id limit :limit offset :offset",
                        PoolEntry.class)
                .setParameter("chain", chainJson(chain))
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
    }

    /** Where a chunk of a chain's entries ended. */
    record ChainCursor(BigDecimal composite, UUID id) {}

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
