package io.techpool.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The public pool pages: home, search, one entry, by industry, as anyone and as an investor sees them. */
@QuarkusTest
class PoolPagesTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @Test
    void home_showsFiguresPerSection_newestEntries_andASearchBox() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().page("/");

        assertOnePage(page);
        assertThat(page.select("form[action=/pool] input[name=q]")).isNotEmpty();
        assertThat(page.select(".figures a[href=/industries/C]").text()).contains("制造业");
        assertThat(page.select(".cards [data-entry-id]")).isNotEmpty();
        assertThat(pool.fit).isNotBlank();
    }

    @Test
    void search_showsTheHits_withHighlights_andLinksToTheirPages() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().page("/pool?q=储能变流器");

        assertOnePage(page);
        Element hit = page.selectFirst("[data-entry-id=" + pool.fit + "]");
        assertThat(hit).isNotNull();
        assertThat(hit.select("a[href=/pool/" + pool.fit + "]")).isNotEmpty();
        assertThat(hit.select("h3 em").text()).isNotBlank();
        assertThat(page.select("[data-entry-id=" + pool.unrelated + "]")).isEmpty();
        assertThat(page.select("#results-count").attr("data-total")).isNotEqualTo("0");
    }

    @Test
    void facets_showCountsAndLabels_inThePagesLanguage() {
        PublishedPool pool = PublishedPool.get();
        String query = "/pool?q=智能电网储能变流器";
        Document zh = PageClient.anonymous().page(query);
        assertThat(zh.select("html").attr("lang")).isEqualTo("zh-CN");
        Element license = zh.selectFirst("label[for=f-transferMode-LICENSE]");
        assertThat(license).isNotNull();
        assertThat(license.text()).contains("许可");
        assertThat(license.select(".count").text()).matches("[1-9][0-9]*");
        assertThat(zh.select("label[for=f-section-C]").text()).contains("制造业");

        Document en = PageClient.anonymous().in("en").page(query);
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("label[for=f-transferMode-LICENSE]").text()).contains("licence");
        assertThat(en.select("label[for=f-section-C]").text()).contains("Manufacturing");
        assertThat(en.select("[data-facet=transferMode] legend").text()).isEqualTo("Transfer mode");
        assertThat(en.select("[data-facet=trl] legend").text()).isEqualTo("Technology readiness level (TRL)");
        assertThat(en.select("h1").text()).isEqualTo("Results for “智能电网储能变流器”");
        assertThat(zh.select("[data-facet=trl] legend").text()).isEqualTo("技术就绪水平（TRL）");
    }

    @Test
    void aFacetValue_narrowsTheHits_andStaysTicked() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().page("/pool?industry=65");

        assertThat(page.select("[data-entry-id=" + pool.sectionOnly + "]")).isNotEmpty();
        assertThat(page.select("[data-entry-id=" + pool.fit + "]")).isEmpty();
        assertThat(page.select("input#f-industry-65").hasAttr("checked")).isTrue();
        assertThat(page.select("[data-remove-filter]").attr("href")).isEqualTo("/pool");
    }

    @Test
    void anEmptyResult_namesTheActiveFilters_withLinksRemovingEach() {
        Document page = PageClient.anonymous().page("/pool?q=zzqxw-nichts&transferMode=LICENSE&trlMin=9");

        Element empty = page.selectFirst("[data-empty]");
        assertThat(empty).isNotNull();
        assertThat(empty.select("a").eachAttr("href"))
                .containsExactly(
                        "/pool?trlMin=9&transferMode=LICENSE",
                        "/pool?q=zzqxw-nichts&transferMode=LICENSE",
                        "/pool?q=zzqxw-nichts&trlMin=9");
        assertThat(page.select("input#f-transferMode-LICENSE").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void invalidParameters_areA400Page_notJson() {
        var response = PageClient.anonymous().get("/pool?trlMin=12");
        response.then().statusCode(400).contentType(containsString("text/html"));
        PageClient.anonymous().get("/pool?transferMode=BARTER").then().statusCode(400);
    }

    @Test
    void valuesThatDoNotFitTogether_showTheFormAgain_withWhatToChange() {
        var response = PageClient.anonymous().get("/pool?q=储能&trlMin=7&trlMax=3");
        response.then().statusCode(400).contentType(containsString("text/html"));
        Document page = Jsoup.parse(response.asString());

        assertThat(page.select("[data-errors] li")).hasSize(1);
        assertThat(page.select("#pool-q").val()).isEqualTo("储能");
        assertThat(page.select("#pool-trl-min option[selected]").val()).isEqualTo("7");
        assertThat(page.select("#pool-trl-max option[selected]").val()).isEqualTo("3");
        assertThat(page.select("[data-entry-id]")).isEmpty();
        assertOnePage(page);
    }

    @Test
    void anAchievementNotInThePool_isTheNotFoundPage() {
        String draft = Fixtures.draft(Fixtures.organization());
        PageClient.anonymous().get("/pool/" + draft).then().statusCode(404);
    }

    @Test
    void anInvestor_getsASaveSearchForm_carryingTheQuery_andAVisitorASignInLink() {
        Document page = PageClient.as(Tokens.investor(null))
                .page("/pool?q=储能&industry=38&transferMode=LICENSE&transferMode=EQUITY&sort=newest");

        Element form = page.selectFirst("form[action=/investor/saved-searches]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=csrf-token]").val()).isNotBlank();
        assertThat(form.select("input[name=name]").val()).isEqualTo("储能");
        assertThat(form.select("input[name=q]").val()).isEqualTo("储能");
        assertThat(form.select("input[name=industry]").val()).isEqualTo("38");
        assertThat(form.select("input[name=transferMode]").eachAttr("value")).containsExactly("LICENSE", "EQUITY");
        assertThat(form.select("input[name=sort]")).isEmpty();
        assertEveryInputHasALabel(page);

        Document visitor = PageClient.anonymous().page("/pool?q=储能");
        assertThat(visitor.select("form[action=/investor/saved-searches]")).isEmpty();
        assertThat(visitor.select(".save-search a[data-sign-in]").attr("href")).startsWith("/login?redirect=");
    }

    @Test
    void entry_showsTheAchievementWithoutContact_scoresRankAndRound() {
        PublishedPool pool = PublishedPool.get();
        var response = PageClient.anonymous().get("/pool/" + pool.fit);
        response.then().statusCode(200);
        String html = response.asString();
        Document page = Jsoup.parse(html);

        assertOnePage(page);
        assertThat(page.select("h1").text()).isEqualTo("智能电网储能变流器");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("一种钙钛矿");
        assertThat(page.select("[data-score=composite]").text()).isEqualTo("80");
        assertThat(page.select("[data-score=market_potential]").text()).isEqualTo("80");
        assertThat(page.select("[data-industry-rank]").text()).contains("电气机械和器材制造业");
        assertThat(page.select("[data-chart] script[type=application/json]").html())
                .contains("\"bar\"");
        assertThat(page.select("script[src=/_static/echarts/dist/echarts.min.js]"))
                .isNotEmpty();
        assertThat(page.select("a[data-organization]").attr("href")).isEqualTo("/organizations/" + pool.owner);
        assertThat(page.select(".ip-rights").text()).contains("ZL202310000001.X");
        assertThat(page.select(".team").text()).contains("张伟");
        assertThat(html)
                .doesNotContain("wangfang@example.org")
                .doesNotContain("931 891 2000")
                .doesNotContain("王芳");
        assertThat(page.select("a[href^=/pool?round=]")).isNotEmpty();
    }

    @Test
    void echarts_isServedWhereTheEntryPageLoadsIt() {
        RestAssured.given().get("/_static/echarts/dist/echarts.min.js").then().statusCode(200);
    }

    @Test
    void entry_offersInvestorsTheRequestForm_visitorsASignIn_andOthersNeither() {
        PublishedPool pool = PublishedPool.get();
        Document investor = PageClient.as(Tokens.investor(null)).page("/pool/" + pool.fit);
        Element form = investor.selectFirst("form[data-request-form]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/investor/requests");
        assertThat(form.select("input[name=entryId]").val()).isEqualTo(pool.fit);
        assertThat(form.select("input[name=csrf-token]").val()).isNotBlank();
        assertThat(form.select("textarea[name=message]")).hasSize(1);
        assertThat(form.select("select[name=transferMode] option").eachAttr("value"))
                .containsExactly("", "LICENSE", "EQUITY");
        assertThat(form.select("input[name=budgetMin][type=number]")).hasSize(1);
        assertThat(form.select("input[name=budgetMax][type=number]")).hasSize(1);
        assertEveryInputHasALabel(investor);

        Document visitor = PageClient.anonymous().page("/pool/" + pool.fit);
        assertThat(visitor.select("form[data-request-form]")).isEmpty();
        assertThat(visitor.select(".request a[data-sign-in]")).hasSize(1);

        Document institution = PageClient.as(Tokens.institution(pool.owner)).page("/pool/" + pool.fit);
        assertThat(institution.select("form[data-request-form]")).isEmpty();
        assertThat(institution.select(".request")).isEmpty();
    }

    @Test
    void entry_isInEnglish_withHreflangAndCanonical() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().in("en").page("/pool/" + pool.fit);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Grid energy-storage converter");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/pool/" + pool.fit);
        assertThat(page.select("link[hreflang=en]").attr("href")).endsWith("/pool/" + pool.fit + "?lang=en");
        assertThat(page.select("link[hreflang=zh-CN]").attr("href")).endsWith("/pool/" + pool.fit + "?lang=zh");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Grid energy-storage converter");
        assertThat(page.select("[data-industry-rank]").text())
                .startsWith("No. ")
                .contains("electrical machinery");
        assertThat(page.select("#scores-heading").text()).isEqualTo("Review scores");
    }

    @Test
    void entry_listsSimilarEntries_ofTheSameDivision() {
        PublishedPool pool = PublishedPool.get();
        Document page = PageClient.anonymous().page("/pool/" + pool.unrelated);

        assertThat(page.select("#similar-heading ~ .cards [data-entry-id]").eachAttr("data-entry-id"))
                .doesNotContain(pool.unrelated)
                .hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void anUnknownOrMalformedId_isTheNotFoundPage() {
        for (String id : new String[] {UNKNOWN, "not-an-id"}) {
            var response = PageClient.anonymous().get("/pool/" + id);
            response.then().statusCode(404).contentType(containsString("text/html"));
            assertThat(Jsoup.parse(response.asString()).select("h1").text()).isEqualTo("未找到");
        }
    }

    @Test
    void industries_drillDownFromSectionsToDivisionsToRankedEntries() {
        PublishedPool pool = PublishedPool.get();
        Document sections = PageClient.anonymous().page("/industries");
        assertOnePage(sections);
        assertThat(sections.select("[data-section]")).hasSize(20);
        assertThat(sections.select("[data-section=C] a[href=/industries/C]")).hasSize(1);

        Document section = PageClient.anonymous().in("en").page("/industries/C");
        assertOnePage(section);
        assertThat(section.select("h1").text()).contains("Manufacturing");
        assertThat(section.select("[data-division=38] a[href=/industries/C/38]"))
                .hasSize(1);

        Document division = PageClient.anonymous().page("/industries/C/38");
        assertOnePage(division);
        assertThat(division.select("h1").text()).contains("电气机械和器材制造业");
        assertThat(division.select("tr[data-entry-id=" + pool.fit + "] a[href=/pool/" + pool.fit + "]"))
                .hasSize(1);
        assertThat(division.select("tr[data-entry-id=" + pool.unrelated + "]")).isEmpty();
    }

    @Test
    void unknownIndustryCodes_areTheNotFoundPage() {
        PageClient.anonymous().get("/industries/Z").then().statusCode(404);
        PageClient.anonymous().get("/industries/C/65").then().statusCode(404);
        PageClient.anonymous().get("/industries/C/xx").then().statusCode(404);
    }

    @Test
    void aTitleWithMarkup_isShownAsText_onTheSearchAndTheEntryPage() {
        String owner = Fixtures.organization();
        String hostile =
                PublishedPool.achievement(owner, "页面光伏<script>alert(1)</script>组件", null, "38", 6, List.of("LICENSE"));
        Map<String, Integer> scores = new HashMap<>(Map.of(hostile, 90));
        for (int i = 0; i < 4; i++) { // at most a fifth enters the pool: four below it
            scores.put(PublishedPool.achievement(owner, "陪衬" + i, null, "38", 5, List.of("LICENSE")), 50);
        }
        Fixtures.publishRound(scores);

        String search = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> PageClient.anonymous().get("/pool?q=页面光伏").asString(), h -> h.contains(hostile));
        assertThat(search).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(search).select("[data-entry-id=" + hostile + "] h3 em"))
                .isNotEmpty();

        String entry = PageClient.anonymous().get("/pool/" + hostile).asString();
        assertThat(entry).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(entry).select("h1").text()).isEqualTo("页面光伏<script>alert(1)</script>组件");
    }

    /** Exactly one h1, a main, a title and the crawlers' tags. */
    static void assertOnePage(Document page) {
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.title()).isNotBlank();
        assertThat(page.select("link[rel=canonical]").attr("href")).startsWith("http");
        assertThat(page.select("link[rel=alternate][hreflang]")).hasSize(3);
        assertThat(page.select("meta[property=og:title]").attr("content")).isNotBlank();
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
    }

    /** Every visible input, select and textarea has a label naming it. */
    static void assertEveryInputHasALabel(Document page) {
        for (Element input : page.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            String id = input.id();
            assertThat(id).as("id of %s", input).isNotBlank();
            assertThat(page.select("label[for=" + id + "]"))
                    .as("label of %s", input)
                    .isNotEmpty();
        }
    }
}
