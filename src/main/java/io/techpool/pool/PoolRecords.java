package io.techpool.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.Bilingual;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The records of the pool API. None of them has a place for contact details. */
public final class PoolRecords {

    private PoolRecords() {}

    public record Organization(String code, Bilingual name, String region) {}

    /** One search hit; {@code highlights} maps a field to its fragments with the matches in {@code <em>}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Hit(
            String id,
            Bilingual title,
            Bilingual summary,
            Map<String, List<String>> highlights,
            Organization organization,
            String section,
            String industryCode,
            String industryName,
            List<String> chains,
            int trl,
            String level,
            List<String> transferModes,
            List<String> ipKinds,
            BigDecimal composite,
            BigDecimal percentile,
            int industryRank,
            String roundId,
            OffsetDateTime publishedAt) {

        static Hit of(PoolHitSource e, String industryName) {
            Map<String, List<String>> highlights = new java.util.LinkedHashMap<>();
            putIfAny(highlights, "titleZh", e.titleZhHighlights());
            putIfAny(highlights, "titleEn", e.titleEnHighlights());
            putIfAny(highlights, "summaryZh", e.summaryZhHighlights());
            putIfAny(highlights, "summaryEn", e.summaryEnHighlights());
            return new Hit(
                    e.id().toString(),
                    new Bilingual(e.titleZh(), e.titleEn()),
                    new Bilingual(e.summaryZh(), e.summaryEn()),
                    highlights,
                    new Organization(
                            e.organizationCode(),
                            new Bilingual(e.organizationNameZh(), e.organizationNameEn()),
                            e.region()),
                    e.section(),
                    e.division(),
                    industryName,
                    e.chains(),
                    e.trl(),
                    e.level(),
                    e.transferModes(),
                    e.ipKinds(),
                    e.composite(),
                    e.percentile(),
                    e.industryRank(),
                    e.round(),
                    e.publishedAt());
        }

        /** An entry as stored, without highlights: a card outside a search. */
        static Hit of(PoolEntry e, String industryName) {
            return new Hit(
                    e.id.toString(),
                    new Bilingual(e.titleZh, e.titleEn),
                    new Bilingual(e.summaryZh, e.summaryEn),
                    Map.of(),
                    new Organization(
                            e.organizationCode, new Bilingual(e.organizationNameZh, e.organizationNameEn), e.region),
                    e.section,
                    e.division,
                    industryName,
                    e.chains,
                    e.trl,
                    e.level,
                    e.transferModes,
                    e.ipKinds,
                    e.composite,
                    e.percentile,
                    e.industryRank,
                    e.roundId.toString(),
                    e.publishedAt);
        }

        private static void putIfAny(Map<String, List<String>> highlights, String field, List<String> fragments) {
            if (fragments != null && !fragments.isEmpty()) {
                highlights.put(field, fragments);
            }
        }
    }

    public record FacetValue(String value, long count, String label) {}

    public record SearchPage(List<Hit> items, int page, int size, long total, Map<String, List<FacetValue>> facets) {}

    /** One pool entry in full: the achievement without contact, its scores and industry rank. */
    public record Entry(
            String id,
            AchievementView achievement,
            Organization organization,
            BigDecimal composite,
            Map<String, BigDecimal> aggregates,
            BigDecimal percentile,
            int industryRank,
            String section,
            String industryCode,
            List<String> chains,
            String roundId,
            OffsetDateTime publishedAt) {}

    public record RankedEntry(
            String id,
            Bilingual title,
            BigDecimal composite,
            int industryRank,
            BigDecimal percentile,
            String organization) {}

    /** A division of the pool: its entry count and its first entries in industry rank. */
    public record Division(String code, String name, long count, List<RankedEntry> entries) {}

    public record Section(String code, String name, long count, List<Division> divisions) {}

    /** Entry counts; with a {@code chain} filter, of that chain's entries only ({@code byChain}: chains they also serve). */
    public record Stats(
            long total, Map<String, Long> bySection, Map<String, Long> byRound, Map<String, Long> byChain) {}
}
