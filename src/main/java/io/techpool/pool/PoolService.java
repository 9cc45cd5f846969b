package io.techpool.pool;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.techpool.achievement.AchievementService;
import io.techpool.industry.IndustryCatalog;
import io.techpool.platform.Bilingual;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The pool as stored: one entry, the industry classification, the counts. */
@ApplicationScoped
public class PoolService {

    @Inject
    PoolEntryRepository entries;

    @Inject
    AchievementService achievements;

    @Inject
    PoolSearch search;

    @Inject
    IndustryCatalog industries;

    @Inject
    PoolRoundRepository rounds;

    @Inject
    RoundLabels roundLabels;

    @Inject
    @CacheName("pool-recommendations")
    Cache recommendationPages;

    /**
     * Pool entries ranked by {@link RecommendationFit}, one page. A page is kept per profile and pool version (the
     * published rounds, read from the database on every call), so every replica answers what the pool holds now: a
     * publication changes the version and with it the key, and the pages of older versions age out of the
     * size-limited cache unused.
     */
    public Page<Recommendation> recommendations(RecommendationFit.Profile profile, int page, int size) {
        // Read before ranking: a publication committing in between is then only ever ranked under the older key.
        var key = new RecommendationPage(profile, rounds.version(), page, size);
        return recommendationPages
                .get(key, k -> rank(profile, page, size))
                .await()
                .indefinitely();
    }

    /** What one cached page of recommendations depends on. */
    record RecommendationPage(
            RecommendationFit.Profile profile, PoolRoundRepository.Version pool, int page, int size) {}

    /** The page as ranked now, without the cache: the database ranks and pages, the page gets its reasons. */
    Page<Recommendation> rank(RecommendationFit.Profile profile, int page, int size) {
        PoolEntryRepository.RankedPage ranked = entries.recommended(profile, page, size);
        RecommendationFit fit = new RecommendationFit(industries);
        List<Recommendation> items = ranked.entries().stream()
                .map(e -> Recommendation.of(e, fit.score(profile, e.fitCandidate())))
                .toList();
        return new Page<>(items, page, size, ranked.total());
    }

    /** The name of a round the pool holds entries of; empty for any other id. */
    public java.util.Optional<String> roundName(String roundId) {
        return java.util.Optional.ofNullable(roundLabels.of(roundId));
    }

    /** The Chinese titles of these entries, in title order (what a saved-search alert lists). */
    public List<Bilingual> titles(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : entries.titles(ids);
    }

    PoolRecords.Entry entry(String id) {
        PoolEntry e = find(id);
        Map<String, BigDecimal> aggregates = new LinkedHashMap<>();
        aggregates.put("market_potential", e.marketPotential);
        aggregates.put("economic_value", e.economicValue);
        aggregates.put("technical_content", e.technicalContent);
        return new PoolRecords.Entry(
                e.id.toString(),
                achievements.viewWithoutContact(e.id),
                new PoolRecords.Organization(
                        e.organizationCode, new Bilingual(e.organizationNameZh, e.organizationNameEn), e.region),
                e.composite,
                aggregates,
                e.percentile,
                e.industryRank,
                e.section,
                e.division,
                e.chains,
                e.roundId.toString(),
                e.publishedAt);
    }

    /**
     * Sections → divisions, each with its entry count and its {@code top} first entries as SCORING.md step 8
     * ranks them; all of a division, paged by composite, is {@code GET /api/v1/pool?industry=<code>}.
     */
    List<PoolRecords.Section> byIndustry(Language language, int top) {
        return grouped(entries.byIndustry(top), language);
    }

    /** One division as {@link #byIndustry} has it, with its {@code top} first entries; empty when it has none. */
    java.util.Optional<PoolRecords.Division> division(String division, Language language, int top) {
        return grouped(entries.byIndustry(top, division), language).stream()
                .flatMap(s -> s.divisions().stream())
                .findFirst();
    }

    private List<PoolRecords.Section> grouped(List<PoolEntryRepository.DivisionTop> tops, Language language) {
        Map<String, Map<String, List<PoolEntryRepository.DivisionTop>>> grouped = tops.stream()
                .collect(Collectors.groupingBy(
                        PoolEntryRepository.DivisionTop::section,
                        TreeMap::new,
                        Collectors.groupingBy(
                                PoolEntryRepository.DivisionTop::division, TreeMap::new, Collectors.toList())));
        List<PoolRecords.Section> sections = new ArrayList<>();
        grouped.forEach((section, divisions) -> {
            List<PoolRecords.Division> ds = new ArrayList<>();
            divisions.forEach((division, its) -> ds.add(new PoolRecords.Division(
                    division,
                    search.industryName(division, language),
                    its.getFirst().divisionEntries(),
                    its.stream()
                            .map(e -> new PoolRecords.RankedEntry(
                                    e.id().toString(),
                                    new Bilingual(e.titleZh(), e.titleEn()),
                                    e.composite(),
                                    e.industryRank(),
                                    e.percentile(),
                                    language.pick(e.organizationNameZh(), e.organizationNameEn())))
                            .toList())));
            var name = search.section(section);
            sections.add(new PoolRecords.Section(
                    section,
                    name == null ? null : language.pick(name.nameZh(), name.nameEn()),
                    ds.stream().mapToLong(PoolRecords.Division::count).sum(),
                    ds));
        });
        return sections;
    }

    PoolRecords.Stats stats() {
        return stats(null);
    }

    /** The pool's counts, of one chain's entries when {@code chain} is not null. */
    PoolRecords.Stats stats(String chain) {
        return new PoolRecords.Stats(
                entries.count(chain),
                entries.countBySection(chain),
                entries.countByRound(chain),
                entries.countByChain(chain));
    }

    /**
     * These entries as cards (what a search hit shows, no contact), in the order given; ids not in the pool are
     * left out. For pages and answers of other features that present pool entries (an event's, for one).
     */
    public List<PoolRecords.Hit> cards(List<UUID> ids, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PoolEntry> found =
                entries.list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return ids.stream()
                .distinct()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .map(e -> PoolRecords.Hit.of(e, search.industryName(e.division, language)))
                .toList();
    }

    /** What other features need of a published entry; empty when the achievement is not in the pool. */
    public java.util.Optional<PublishedEntry> published(UUID id) {
        return entries.findByIdOptional(id)
                .map(e -> new PublishedEntry(
                        e.id, e.organizationCode, e.section, e.roundId, e.titleZh, e.titleEn, e.transferModes));
    }

    /** A pool entry as seen from outside the pool package. */
    public record PublishedEntry(
            UUID id,
            String organizationCode,
            String section,
            UUID roundId,
            String titleZh,
            String titleEn,
            List<String> transferModes) {}

    private PoolEntry find(String id) {
        PoolEntry entry = Ids.uuid(id).map(entries::findById).orElse(null);
        if (entry == null) {
            throw new DomainException.NotFound(m -> m.poolEntryNotFound(id));
        }
        return entry;
    }
}
