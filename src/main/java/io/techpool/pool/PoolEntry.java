package io.techpool.pool;

import io.techpool.achievement.AchievementInput;
import io.techpool.achievement.AchievementView;
import io.techpool.organization.OrganizationView;
import io.techpool.platform.search.SearchAnalysis;
import io.techpool.scoring.RankedAchievement;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;
import org.hibernate.type.SqlTypes;

/**
 * A pool entry (入池成果): the published state of a selected achievement, with its scores and
 * industry rank. It is what investors search; {@code contact} is deliberately not part of it.
 */
@Entity
@Table(name = "pool_entry")
// Never changed through Hibernate once published: Hibernate keeps no snapshot of it and skips its dirty checks, which
// for its JSON lists meant serialising each twice per entry when a round of 20,000 entries was published. Only the
// chain tags change later, by one SQL update (PoolEntryRepository.setChains).
@Immutable
@Indexed(index = "pool")
class PoolEntry {

    /** The achievement's id. */
    @Id
    @DocumentId
    UUID id;

    /** A sortable copy of the id: the last tie-break of every sort, so pages never overlap. */
    @KeywordField(name = "id_sort", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
    public String getIdSort() {
        return id.toString();
    }

    UUID roundId;

    /** The round as a keyword, for its facet and filter. */
    @KeywordField(name = "round", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "roundId")))
    public String getRound() {
        return roundId.toString();
    }

    @KeywordField
    String organizationCode;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    String organizationNameZh;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    String organizationNameEn;

    /** GB/T 2260 code; the index also holds its province prefix for region facets. */
    @KeywordField
    String region;

    @FullTextField(analyzer = SearchAnalysis.TEXT, highlightable = Highlightable.ANY)
    String titleZh;

    @FullTextField(analyzer = SearchAnalysis.TEXT, highlightable = Highlightable.ANY)
    String titleEn;

    @FullTextField(analyzer = SearchAnalysis.TEXT, highlightable = Highlightable.ANY)
    String summaryZh;

    @FullTextField(analyzer = SearchAnalysis.TEXT, highlightable = Highlightable.ANY)
    String summaryEn;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> keywords;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> ipTitles;

    @KeywordField(aggregable = Aggregable.YES)
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> ipKinds;

    @KeywordField(aggregable = Aggregable.YES)
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> transferModes;

    @KeywordField(aggregable = Aggregable.YES)
    String level;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
    int trl;

    @KeywordField(aggregable = Aggregable.YES)
    String section;

    /**
     * The key industry chains it serves: the achievement's chain tags, which may change after publication (an
     * operator's correction, a new chain file), so the pool updates this one column and reindexes the entry.
     */
    @KeywordField(aggregable = Aggregable.YES)
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> chains;

    @KeywordField(aggregable = Aggregable.YES)
    String division;

    @ScaledNumberField(decimalScale = 4, sortable = Sortable.YES)
    BigDecimal composite;

    BigDecimal marketPotential;

    BigDecimal economicValue;

    BigDecimal technicalContent;

    @ScaledNumberField(decimalScale = 2)
    BigDecimal percentile;

    @GenericField
    int industryRank;

    @GenericField(sortable = Sortable.YES)
    OffsetDateTime publishedAt;

    /** The province (first two digits of the region code), for the region facet. */
    @KeywordField(aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "region")))
    public String getProvince() {
        return region.substring(0, 2);
    }

    protected PoolEntry() {}

    /** A selected achievement as published: its state then, its owner then, its scores and industry rank. */
    static PoolEntry of(
            UUID roundId,
            RankedAchievement ranked,
            AchievementView a,
            OrganizationView owner,
            OffsetDateTime publishedAt) {
        PoolEntry entry = new PoolEntry();
        entry.id = UUID.fromString(a.id());
        entry.roundId = roundId;
        entry.organizationCode = owner.code();
        entry.organizationNameZh = owner.name().zh();
        entry.organizationNameEn = owner.name().en();
        entry.region = owner.region();
        entry.titleZh = a.title().zh();
        entry.titleEn = a.title().en();
        entry.summaryZh = a.summary().zh();
        entry.summaryEn = a.summary().en();
        entry.keywords = a.keywords();
        entry.ipTitles =
                a.ipRights().stream().map(AchievementInput.IpRight::title).toList();
        entry.ipKinds = a.ipRights().stream()
                .map(ip -> ip.kind().name())
                .distinct()
                .sorted()
                .toList();
        entry.transferModes = a.transferModes().stream().map(Enum::name).toList();
        entry.level = a.level().name();
        entry.trl = a.trl();
        entry.section = ranked.section();
        entry.chains = a.chains();
        entry.division = ranked.industryCode();
        entry.composite = ranked.composite();
        entry.marketPotential = ranked.aggregates().get("market_potential");
        entry.economicValue = ranked.aggregates().get("economic_value");
        entry.technicalContent = ranked.aggregates().get("technical_content");
        entry.percentile = ranked.percentile();
        entry.industryRank = ranked.industryRank();
        entry.publishedAt = publishedAt;
        return entry;
    }

    RecommendationFit.Candidate fitCandidate() {
        return new RecommendationFit.Candidate(id, section, division, trl, transferModes, composite, percentile);
    }
}
