package io.techpool.pool;

import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.industry.IndustryChains;
import io.techpool.organization.Provinces;
import io.techpool.platform.Language;
import io.techpool.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Every pool query: full text (Chinese and English), filters, facets, sort, stable pages. */
@ApplicationScoped
public class PoolSearch {

    /** Searched fields; titles weigh most, then keywords, then the rest. */
    private static final String[] TEXT_FIELDS = {
        "titleZh",
        "titleEn",
        "keywords",
        "summaryZh",
        "summaryEn",
        "ipTitles",
        "organizationNameZh",
        "organizationNameEn"
    };

    private static final Map<String, String> FACET_FIELDS = facetFields();

    @Inject
    SearchSession search;

    @Inject
    IndustryCatalog industries;

    @Inject
    RoundLabels rounds;

    @Inject
    IndustryChains chains;

    public PoolRecords.SearchPage search(PoolQuery query, Language language) {
        Page.requireInSearchWindow(query.page(), query.size());
        Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
        FACET_FIELDS.keySet().forEach(facet -> facetKeys.put(facet, AggregationKey.of(facet)));
        AggregationKey<Map<Integer, Long>> trlKey = AggregationKey.of("trl");
        var options = search.search(PoolEntry.class)
                .select(PoolHitSource.class)
                .where((f, root) -> criteria(f, root, query))
                .sort(f -> switch (query.sort()) {
                    case newest ->
                        f.field("publishedAt").desc().then().field("id_sort").asc();
                    case trl ->
                        f.field("trl")
                                .desc()
                                .then()
                                .field("composite")
                                .desc()
                                .then()
                                .field("id_sort")
                                .asc();
                    case score ->
                        f.field("composite").desc().then().field("id_sort").asc();
                })
                // HTML encoder: the text around the <em> tags comes back escaped, so a title that holds markup
                // is shown as text by whoever renders the highlight (the pages insert it as HTML).
                .highlighter(f -> f.unified()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<em>", "</em>")
                        .fragmentSize(100)
                        .numberOfFragments(2));
        for (var facet : facetKeys.entrySet()) {
            String field = FACET_FIELDS.get(facet.getKey());
            options = options.aggregation(
                    facet.getValue(), f -> f.terms().field(field, String.class).maxTermCount(200));
        }
        options = options.aggregation(
                trlKey, f -> f.terms().field("trl", Integer.class).maxTermCount(9));
        SearchResult<PoolHitSource> result = options.fetch(query.page() * query.size(), query.size());
        List<PoolRecords.Hit> hits = result.hits().stream()
                .map(hit -> PoolRecords.Hit.of(hit, industryName(hit.division(), language)))
                .toList();
        Map<String, List<PoolRecords.FacetValue>> facets = new LinkedHashMap<>();
        facetKeys.forEach((facet, key) -> facets.put(facet, facetValues(facet, result.aggregation(key), language)));
        Map<String, Long> trl = new LinkedHashMap<>();
        result.aggregation(trlKey).forEach((level, count) -> trl.put(level.toString(), count));
        facets.put("trl", facetValues("trl", trl, language));
        return new PoolRecords.SearchPage(
                hits, query.page(), query.size(), result.total().hitCount(), facets);
    }

    /** The query's text and filters, all combined with AND; shared by search and saved-search matching. */
    private static void criteria(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root,
            PoolQuery query) {
        root.add(f.matchAll());
        if (query.q() != null && !query.q().isBlank()) {
            root.add(f.simpleQueryString()
                    .field("titleZh")
                    .boost(3f)
                    .field("titleEn")
                    .boost(3f)
                    .field("keywords")
                    .boost(2f)
                    .fields("summaryZh", "summaryEn", "ipTitles", "organizationNameZh", "organizationNameEn")
                    .matching(query.q())
                    .defaultOperator(BooleanOperator.AND));
        }
        anyOf(f, root, "section", query.sections());
        anyOf(f, root, "division", query.industries());
        anyOf(f, root, "transferModes", names(query.transferModes()));
        anyOf(f, root, "level", names(query.levels()));
        anyOf(f, root, "ipKinds", names(query.ipKinds()));
        anyOf(f, root, "round", query.rounds());
        anyOf(f, root, "chains", query.chains());
        if (!query.regions().isEmpty()) {
            List<String> provinces =
                    query.regions().stream().filter(r -> r.length() == 2).toList();
            List<String> regions =
                    query.regions().stream().filter(r -> r.length() != 2).toList();
            root.add(f.or(
                    provinces.isEmpty()
                            ? f.matchNone()
                            : f.terms().field("province").matchingAny(provinces),
                    regions.isEmpty()
                            ? f.matchNone()
                            : f.terms().field("region").matchingAny(regions)));
        }
        if (query.trlMin() != null || query.trlMax() != null) {
            root.add(f.range().field("trl").between(query.trlMin(), query.trlMax()));
        }
    }

    private static void anyOf(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root,
            String field,
            List<String> values) {
        if (!values.isEmpty()) {
            root.add(f.terms().field(field).matchingAny(values));
        }
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private List<PoolRecords.FacetValue> facetValues(String facet, Map<String, Long> counts, Language language) {
        Function<String, String> label = labels(facet, language);
        return counts.entrySet().stream()
                .map(e -> new PoolRecords.FacetValue(
                        String.valueOf(e.getKey()), e.getValue(), label.apply(String.valueOf(e.getKey()))))
                .sorted(Comparator.comparing(PoolRecords.FacetValue::count)
                        .reversed()
                        .thenComparing(PoolRecords.FacetValue::value))
                .toList();
    }

    /** The label of one value of a facet, as the facets name it: for a chosen value no hit holds any more. */
    String facetLabel(String facet, String value, Language language) {
        return labels(facet, language).apply(value);
    }

    private Function<String, String> labels(String facet, Language language) {
        return switch (facet) {
            case "section" ->
                code -> industries
                        .section(code)
                        .map(i -> language.pick(i.nameZh(), i.nameEn()))
                        .orElse(null);
            case "industry" -> code -> industryName(code, language);
            case "round" -> rounds::of;
            case "chain" ->
                id -> chains.find(id).map(c -> c.name().pick(language)).orElse(null);
            case "region" ->
                code -> Provinces.of(code).map(p -> p.pick(language)).orElse(null);
            case "transferMode" ->
                code -> AchievementKinds.label(TransferMode.valueOf(code)).in(language);
            case "level" -> code -> AchievementKinds.label(Level.valueOf(code)).in(language);
            case "ipKind" ->
                code -> AchievementKinds.label(IpKind.valueOf(code)).in(language);
            // TRL 1–9 is its own label in both languages.
            default -> code -> code;
        };
    }

    /**
     * Up to {@code limit} other entries like this one, in one query: of the same division or sharing its
     * keywords, the best match first, then by composite.
     */
    List<PoolRecords.Hit> similar(
            java.util.UUID id, String division, List<String> keywords, int limit, Language language) {
        return search
                .search(PoolEntry.class)
                .select(PoolHitSource.class)
                .where(f -> {
                    var like = f.bool()
                            .mustNot(f.id().matching(id))
                            .should(f.match()
                                    .field("division")
                                    .matching(division)
                                    .boost(2f));
                    if (keywords != null && !keywords.isEmpty()) {
                        like = like.should(f.match().field("keywords").matching(String.join(" ", keywords)));
                    }
                    return like.minimumShouldMatchNumber(1);
                })
                .sort(f -> f.score()
                        .then()
                        .field("composite")
                        .desc()
                        .then()
                        .field("id_sort")
                        .asc())
                .fetchHits(limit)
                .stream()
                .map(hit -> PoolRecords.Hit.of(hit, industryName(hit.division(), language)))
                .toList();
    }

    /** Ids of up to {@code limit} entries matching the query's text and filters, newest first. */
    public List<java.util.UUID> matchingIds(PoolQuery query, int limit) {
        return search.search(PoolEntry.class)
                .select(f -> f.id(java.util.UUID.class))
                .where((f, root) -> criteria(f, root, query))
                .sort(f -> f.field("publishedAt").desc().then().field("id_sort").asc())
                .fetchHits(limit);
    }

    String industryName(String division, Language language) {
        return industries
                .division(division)
                .map(i -> language.pick(i.nameZh(), i.nameEn()))
                .orElse(null);
    }

    Industry section(String code) {
        return industries.section(code).orElse(null);
    }

    /** Facet name (as in the API's filter parameters) → indexed field. */
    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("section", "section");
        fields.put("industry", "division");
        fields.put("transferMode", "transferModes");
        fields.put("level", "level");
        fields.put("ipKind", "ipKinds");
        fields.put("region", "province");
        fields.put("round", "round");
        fields.put("chain", "chains");
        return fields;
    }
}
