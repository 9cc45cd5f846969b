package io.techpool.pool;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A pool entry recommended to an investor, with its fit and the reasons for it; never a contact. */
public record Recommendation(
        String id,
        Text title,
        Text summary,
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

    public record Text(String zh, String en) {}

    public record Organization(String code, Text name) {}

    static Recommendation of(PoolEntry e, RecommendationFit.Scored scored) {
        return new Recommendation(
                e.id.toString(),
                new Text(e.titleZh, e.titleEn),
                new Text(e.summaryZh, e.summaryEn),
                new Organization(e.organizationCode, new Text(e.organizationNameZh, e.organizationNameEn)),
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
