package io.techpool.pool;

import io.techpool.platform.Bilingual;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A pool entry recommended to an investor, with its fit and the reasons for it; never a contact. */
public record Recommendation(
        String id,
        Bilingual title,
        Bilingual summary,
        Organization organization,
        String region,
        String section,
        String division,
        int trl,
        String level,
        List<String> transferModes,
        List<String> keywords,
        BigDecimal composite,
        BigDecimal percentile,
        int industryRank,
        OffsetDateTime publishedAt,
        BigDecimal fit,
        List<RecommendationFit.Reason> reasons) {

    public record Organization(String code, Bilingual name) {}

    static Recommendation of(PoolEntry e, RecommendationFit.Scored scored) {
        return new Recommendation(
                e.id.toString(),
                new Bilingual(e.titleZh, e.titleEn),
                new Bilingual(e.summaryZh, e.summaryEn),
                new Organization(e.organizationCode, new Bilingual(e.organizationNameZh, e.organizationNameEn)),
                e.region,
                e.section,
                e.division,
                e.trl,
                e.level,
                e.transferModes,
                e.keywords,
                e.composite,
                e.percentile,
                e.industryRank,
                e.publishedAt,
                scored.fit(),
                scored.reasons());
    }
}
