package io.techpool.pool;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A search hit read from the index alone: no database round trip per page (the pool bench showed
 * loading entities took half of a search's CPU). Parameter names are the index's field names.
 */
@ProjectionConstructor
record PoolHitSource(
        @IdProjection UUID id,
        String titleZh,
        String titleEn,
        String summaryZh,
        String summaryEn,
        String organizationCode,
        String organizationNameZh,
        String organizationNameEn,
        String region,
        String section,
        String division,
        List<String> chains,
        int trl,
        String level,
        List<String> transferModes,
        List<String> ipKinds,
        BigDecimal composite,
        BigDecimal percentile,
        int industryRank,
        String round,
        OffsetDateTime publishedAt,
        @HighlightProjection(path = "titleZh") List<String> titleZhHighlights,
        @HighlightProjection(path = "titleEn") List<String> titleEnHighlights,
        @HighlightProjection(path = "summaryZh") List<String> summaryZhHighlights,
        @HighlightProjection(path = "summaryEn") List<String> summaryEnHighlights) {}
