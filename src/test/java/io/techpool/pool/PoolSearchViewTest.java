package io.techpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.Language;
import io.techpool.platform.web.WebMessages;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search page's links: pages, filters removed one by one; no application needed. */
class PoolSearchViewTest {

    /** Every text is its key and arguments, so the view's choices show without a bundle. */
    private static final WebMessages WEB = (WebMessages) Proxy.newProxyInstance(
            WebMessages.class.getClassLoader(),
            new Class<?>[] {WebMessages.class},
            (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.toString(args)));

    private static PoolQuery query(int page) {
        return new PoolQuery(
                "光伏 电池",
                List.of(),
                List.of("38"),
                6,
                null,
                List.of(TransferMode.LICENSE, TransferMode.EQUITY),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                PoolQuery.Sort.newest,
                page,
                20);
    }

    private static PoolRecords.SearchPage result(long total, int page) {
        return new PoolRecords.SearchPage(
                List.of(),
                page,
                20,
                total,
                Map.of(
                        "industry", List.of(new PoolRecords.FacetValue("38", total, "电气机械和器材制造业")),
                        "transferMode",
                                List.of(
                                        new PoolRecords.FacetValue("LICENSE", total, "许可"),
                                        new PoolRecords.FacetValue("EQUITY", 3, "作价投资"),
                                        new PoolRecords.FacetValue("TRANSFER", 2, "转让"))));
    }

    @Test
    void pagerLinks_keepTheQueryFiltersAndSort() {
        PoolSearchView view = PoolSearchView.of(query(5), result(250, 5), Language.ZH, null, WEB);

        assertThat(view.pages()).isEqualTo(13);
        String filters = "q=%E5%85%89%E4%BC%8F+%E7%94%B5%E6%B1%A0&industry=38&trlMin=6"
                + "&transferMode=LICENSE&transferMode=EQUITY&sort=newest";
        assertThat(view.pager())
                .extracting(PoolSearchView.PageLink::number)
                .containsExactly(1L, 0L, 4L, 5L, 6L, 7L, 8L, 0L, 13L);
        assertThat(view.pager().getFirst().url()).isEqualTo("/pool?" + filters);
        assertThat(view.pager().get(3).url()).isEqualTo("/pool?" + filters + "&page=4");
        assertThat(view.pager().get(4).current()).isTrue();
        assertThat(view.previousUrl()).isEqualTo("/pool?" + filters + "&page=4");
        assertThat(view.nextUrl()).isEqualTo("/pool?" + filters + "&page=6");
    }

    @Test
    void eachActiveFilter_hasALinkWithoutIt_andThePageStartsAgain() {
        PoolSearchView view = PoolSearchView.of(query(2), result(0, 2), Language.ZH, null, WEB);

        assertThat(view.active())
                .extracting(PoolSearchView.Filter::label)
                .containsExactly(
                        "filterQuery[光伏 电池]",
                        "filterValue[facetIndustry, 电气机械和器材制造业]",
                        "filterTrlMin[6]",
                        "filterValue[facetTransferMode, 许可]",
                        "filterValue[facetTransferMode, 作价投资]");
        assertThat(view.active().get(2).removeUrl())
                .isEqualTo("/pool?q=%E5%85%89%E4%BC%8F+%E7%94%B5%E6%B1%A0&industry=38"
                        + "&transferMode=LICENSE&transferMode=EQUITY&sort=newest");
        assertThat(view.clearUrl()).isEqualTo("/pool?sort=newest");
        assertThat(view.pager()).isEmpty();
        assertThat(view.savedSearchName()).isEqualTo("光伏 电池");
    }

    @Test
    void chosenFacetValues_areTicked_andTheOthersNot() {
        PoolSearchView view = PoolSearchView.of(query(0), result(40, 0), Language.ZH, null, WEB);

        var modes = view.facets().stream()
                .filter(f -> f.name().equals("transferMode"))
                .findFirst()
                .orElseThrow();
        assertThat(modes.options())
                .extracting(o -> o.value() + "=" + o.checked())
                .containsExactly("LICENSE=true", "EQUITY=true", "TRANSFER=false");
        assertThat(view.criteria()).extracting(PoolSearchView.Param::name).doesNotContain("sort", "page");
    }
}
