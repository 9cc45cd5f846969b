package io.techpool.pool;

import io.techpool.platform.Language;
import io.techpool.platform.Page;
import io.techpool.platform.web.WebMessages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search page's state, from one query and its one answer: the query as the URL says it, the facets with
 * the chosen values ticked, the active filters with links removing each, and pager links that keep them.
 */
record PoolSearchView(
        String q,
        String sort,
        Integer trlMin,
        Integer trlMax,
        long total,
        int page,
        int pages,
        List<PoolHitView> hits,
        List<Facet> facets,
        List<TrlOption> trl,
        List<Filter> active,
        String clearUrl,
        List<PageLink> pager,
        String previousUrl,
        String nextUrl,
        List<Param> criteria,
        String savedSearchName,
        List<String> errors) {

    /** One URL parameter of the search (repeated parameters are several). */
    record Param(String name, String value) {}

    /** A facet: its URL parameter, its name in the page's language, its values. */
    record Facet(String name, String legend, List<Option> options) {}

    record Option(String id, String value, String label, long count, boolean checked) {}

    record TrlOption(int level, long count) {

        /** The level as the bundle's number parameters take it. */
        public long n() {
            return level;
        }
    }

    /** An active filter, named, with the link to the same search without it. */
    record Filter(String label, String removeUrl) {}

    /** A page number (1-based as shown) and its link; {@code gap} stands for the skipped pages. */
    record PageLink(long number, String url, boolean current, boolean gap) {}

    private static final int SAVED_NAME_LENGTH = 100;

    static PoolSearchView of(
            PoolQuery query, PoolRecords.SearchPage result, Language language, PoolSearch search, WebMessages web) {
        List<Param> criteria = criteria(query);
        List<Param> all = new ArrayList<>(criteria);
        if (query.sort() != PoolQuery.Sort.score) {
            all.add(new Param("sort", query.sort().name()));
        }
        Map<String, String> legends = legends(web);
        List<Facet> facets = new ArrayList<>();
        legends.forEach(
                (name, legend) -> facets.add(facet(name, legend, chosen(criteria, name), result, language, search)));
        List<Filter> active = new ArrayList<>();
        for (Param p : criteria) {
            String label = switch (p.name()) {
                case "q" -> web.filterQuery(p.value());
                case "trlMin" -> web.filterTrlMin(p.value());
                case "trlMax" -> web.filterTrlMax(p.value());
                default -> web.filterValue(legends.get(p.name()), labelOf(facets, p, language, search));
            };
            active.add(
                    new Filter(label, url(all.stream().filter(x -> !x.equals(p)).toList())));
        }
        int pages =
                (int) Math.min((result.total() + query.size() - 1) / query.size(), Page.SEARCH_WINDOW / query.size());
        String summary = active.stream().map(Filter::label).collect(Collectors.joining(" · "));
        String name = query.q() != null && !query.q().isBlank()
                ? query.q().strip()
                : summary.isEmpty() ? web.savedSearchDefaultName() : summary;
        return new PoolSearchView(
                query.q(),
                query.sort().name(),
                query.trlMin(),
                query.trlMax(),
                result.total(),
                query.page(),
                pages,
                result.items().stream()
                        .map(hit -> PoolHitView.of(hit, language))
                        .toList(),
                facets,
                trl(result),
                active,
                url(
                        query.sort() == PoolQuery.Sort.score
                                ? List.of()
                                : List.of(new Param("sort", query.sort().name()))),
                pager(all, query.page(), pages),
                query.page() > 0 ? pageUrl(all, query.page() - 1) : null,
                query.page() + 1 < pages ? pageUrl(all, query.page() + 1) : null,
                criteria,
                PoolHitView.abbreviate(name, SAVED_NAME_LENGTH - 1),
                List.of());
    }

    /** The same form, saying what to change; no hits and no pages. */
    PoolSearchView withErrors(List<String> messages) {
        return new PoolSearchView(
                q,
                sort,
                trlMin,
                trlMax,
                0,
                0,
                0,
                List.of(),
                facets,
                trl,
                active,
                clearUrl,
                List.of(),
                null,
                null,
                criteria,
                savedSearchName,
                List.copyOf(messages));
    }

    /** The query's text and filters as URL parameters, in the order of the API's parameter list. */
    static List<Param> criteria(PoolQuery query) {
        List<Param> params = new ArrayList<>();
        if (query.q() != null && !query.q().isBlank()) {
            params.add(new Param("q", query.q()));
        }
        add(params, "section", query.sections(), Function.identity());
        add(params, "industry", query.industries(), Function.identity());
        if (query.trlMin() != null) {
            params.add(new Param("trlMin", query.trlMin().toString()));
        }
        if (query.trlMax() != null) {
            params.add(new Param("trlMax", query.trlMax().toString()));
        }
        add(params, "transferMode", query.transferModes(), Enum::name);
        add(params, "level", query.levels(), Enum::name);
        add(params, "ipKind", query.ipKinds(), Enum::name);
        add(params, "region", query.regions(), Function.identity());
        add(params, "round", query.rounds(), Function.identity());
        add(params, "chain", query.chains(), Function.identity());
        return params;
    }

    private static <T> void add(List<Param> params, String name, List<T> values, Function<T, String> text) {
        values.stream().distinct().forEach(v -> params.add(new Param(name, text.apply(v))));
    }

    /** The facets the page shows, by URL parameter, in the page's order. */
    private static Map<String, String> legends(WebMessages web) {
        Map<String, String> legends = new java.util.LinkedHashMap<>();
        legends.put("section", web.facetSection());
        legends.put("industry", web.facetIndustry());
        legends.put("chain", web.facetChain());
        legends.put("transferMode", web.facetTransferMode());
        legends.put("level", web.facetLevel());
        legends.put("ipKind", web.facetIpKind());
        legends.put("region", web.facetRegion());
        legends.put("round", web.facetRound());
        return legends;
    }

    private static List<String> chosen(List<Param> criteria, String name) {
        return criteria.stream()
                .filter(p -> p.name().equals(name))
                .map(Param::value)
                .toList();
    }

    /** The answer's values with their counts, and the chosen values the hits no longer hold (count 0), ticked. */
    private static Facet facet(
            String name,
            String legend,
            List<String> chosen,
            PoolRecords.SearchPage result,
            Language language,
            PoolSearch search) {
        List<Option> options = new ArrayList<>();
        List<PoolRecords.FacetValue> values = result.facets().getOrDefault(name, List.of());
        for (PoolRecords.FacetValue v : values) {
            String label = v.label() == null ? v.value() : v.label();
            options.add(new Option(id(name, v.value()), v.value(), label, v.count(), chosen.contains(v.value())));
        }
        for (String value : chosen) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                String label = search.facetLabel(name, value, language);
                options.add(new Option(id(name, value), value, label == null ? value : label, 0, true));
            }
        }
        return new Facet(name, legend, options);
    }

    private static String labelOf(List<Facet> facets, Param p, Language language, PoolSearch search) {
        return facets.stream()
                .filter(f -> f.name().equals(p.name()))
                .flatMap(f -> f.options().stream())
                .filter(o -> o.value().equals(p.value()))
                .map(Option::label)
                .findFirst()
                .orElseGet(() -> search.facetLabel(p.name(), p.value(), language));
    }

    private static String id(String facet, String value) {
        return "f-" + facet + "-" + value.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static List<TrlOption> trl(PoolRecords.SearchPage result) {
        Map<String, Long> counts = result.facets().getOrDefault("trl", List.of()).stream()
                .collect(Collectors.toMap(PoolRecords.FacetValue::value, PoolRecords.FacetValue::count));
        List<TrlOption> options = new ArrayList<>();
        for (int level = 1; level <= 9; level++) {
            options.add(new TrlOption(level, counts.getOrDefault(String.valueOf(level), 0L)));
        }
        return options;
    }

    /** First, last, and two either side of the current page; gaps between. */
    private static List<PageLink> pager(List<Param> params, int current, int pages) {
        List<PageLink> links = new ArrayList<>();
        if (pages <= 1) {
            return links;
        }
        int last = -1;
        for (int p = 0; p < pages; p++) {
            if (p == 0 || p == pages - 1 || Math.abs(p - current) <= 2) {
                if (last >= 0 && p > last + 1) {
                    links.add(new PageLink(0, null, false, true));
                }
                links.add(new PageLink(p + 1, pageUrl(params, p), p == current, false));
                last = p;
            }
        }
        return links;
    }

    private static String pageUrl(List<Param> params, int page) {
        List<Param> with = new ArrayList<>(params);
        if (page > 0) {
            with.add(new Param("page", String.valueOf(page)));
        }
        return url(with);
    }

    static String url(List<Param> params) {
        return params.isEmpty()
                ? "/pool"
                : "/pool?"
                        + params.stream()
                                .map(p -> p.name() + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"));
    }
}
