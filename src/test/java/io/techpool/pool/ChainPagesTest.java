package io.techpool.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.ChainPool;
import io.techpool.PageClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The public chain pages: the chains with their counts, a chain's opportunity list, the facet on the search page. */
@QuarkusTest
class ChainPagesTest {

    @Test
    void chains_listEveryChain_withItsEntryCount_inThePagesLanguage() {
        ChainPool.get();
        Document zh = PageClient.anonymous().page("/chains");

        PoolPagesTest.assertOnePage(zh);
        assertThat(zh.select("h1").text()).isEqualTo("兰州市重点产业链");
        assertThat(zh.select("[data-chain]")).hasSize(15);
        Element hydrogen = zh.selectFirst("[data-chain=hydrogen-energy]");
        assertThat(hydrogen).isNotNull();
        assertThat(hydrogen.select("a[href=/chains/hydrogen-energy]").text()).isEqualTo("氢能");
        assertThat(hydrogen.select("strong").text()).matches("[3-9][0-9]* 项|[1-9][0-9]+ 项");

        Document en = PageClient.anonymous().in("en").page("/chains");
        assertThat(en.select("h1").text()).isEqualTo("Lanzhou's key industry chains");
        assertThat(en.select("[data-chain=hydrogen-energy] a").text()).isEqualTo("Hydrogen energy");
        assertThat(en.select("nav.main-nav a[href=/chains]").text()).isEqualTo("Key industry chains");
    }

    @Test
    void aChainsPage_listsItsEntriesByComposite_withTheXlsxDownload_andNoContact() {
        ChainPool pool = ChainPool.get();
        var response = PageClient.anonymous().get("/chains/hydrogen-energy");
        response.then().statusCode(200);
        Document page = org.jsoup.Jsoup.parse(response.asString());

        PoolPagesTest.assertOnePage(page);
        assertThat(page.select("h1").text()).isEqualTo("氢能投资机会清单");
        assertThat(page.select("[data-opportunities] tr[data-entry-id]").eachAttr("data-entry-id"))
                .containsSubsequence(pool.top, pool.middle, pool.low);
        Element top = page.selectFirst("tr[data-entry-id=" + pool.top + "]");
        assertThat(top.select("a[href=/pool/" + pool.top + "]").text()).isEqualTo("兆瓦级碱性电解水制氢系统");
        assertThat(top.text()).contains("许可", "发明专利", "92");
        assertThat(page.selectFirst("tr[data-entry-id=" + pool.middle + "]").text())
                .contains("面议");
        assertThat(page.select("a[data-download]").attr("href"))
                .isEqualTo("/api/v1/chains/hydrogen-energy/opportunities?format=xlsx&lang=zh");
        assertThat(page.select("a[data-search]").attr("href")).isEqualTo("/pool?chain=hydrogen-energy");
        assertThat(page.select("[data-divisions]").text()).contains("34 通用设备制造业");
        assertThat(response.asString()).doesNotContain(ChainPool.CONTACT_EMAIL).doesNotContain(ChainPool.CONTACT_PHONE);

        Document en = PageClient.anonymous().in("en").page("/chains/hydrogen-energy");
        assertThat(en.select("h1").text()).isEqualTo("Investment opportunities: Hydrogen energy");
        assertThat(en.select("a[data-download]").attr("href")).endsWith("lang=en");
    }

    @Test
    void anEntrysPage_linksTheChainsItServes() {
        ChainPool pool = ChainPool.get();
        Document page = PageClient.anonymous().page("/pool/" + pool.top);

        assertThat(page.select("[data-chains] a[href=/chains/hydrogen-energy]").text())
                .isEqualTo("氢能");
        assertThat(PageClient.anonymous()
                        .in("en")
                        .page("/pool/" + pool.top)
                        .select("[data-chains] a[href=/chains/hydrogen-energy]")
                        .text())
                .isEqualTo("Hydrogen energy");
    }

    @Test
    void anUnknownChain_isA404Page() {
        PageClient.anonymous()
                .get("/chains/no-such-chain")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void theSearchPage_showsTheChainFacet_andTheHomePageLinksTheChains() {
        ChainPool pool = ChainPool.get();
        Document zh = PageClient.anonymous().page("/pool?round=" + pool.round + "&chain=hydrogen-energy");

        Element facet = zh.selectFirst("label[for=f-chain-hydrogen-energy]");
        assertThat(facet).isNotNull();
        assertThat(facet.text()).contains("氢能");
        assertThat(facet.select(".count").text()).isEqualTo("3");
        assertThat(zh.select("input#f-chain-hydrogen-energy").hasAttr("checked"))
                .isTrue();
        assertThat(zh.select("[data-facet=chain] legend").text()).isEqualTo("重点产业链");
        assertThat(zh.select("[data-remove-filter]").eachText()).anyMatch(t -> t.contains("氢能"));

        Document en = PageClient.anonymous().in("en").page("/pool?round=" + pool.round);
        assertThat(en.select("label[for=f-chain-hydrogen-energy]").text()).contains("Hydrogen energy");
        assertThat(en.select("[data-facet=chain] legend").text()).isEqualTo("Key industry chain");

        Document home = PageClient.anonymous().page("/");
        assertThat(home.select("[data-chains] a[href=/chains/hydrogen-energy]").text())
                .contains("氢能");
        assertThat(home.select("a[href=/chains]")).isNotEmpty();
    }
}
