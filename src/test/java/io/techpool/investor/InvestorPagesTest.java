package io.techpool.investor;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvestorPagesTest {

    private static String investor() {
        return Tokens.token(Fixtures.uniqueName("investor"), "investor", "INV-" + Fixtures.uniqueName("org"));
    }

    private static List<String> industryValues(Document page) {
        return page.select("input[name=industries]").eachAttr("value");
    }

    @Test
    void theProfileForm_saves_andSendsToTheRecommendations() {
        String token = investor();
        PageClient page = PageClient.as(token);

        Response saved = page.post(
                "/investor/profile",
                "/investor/profile",
                Map.of(
                        "industries", List.of("38", "I"),
                        "trlMin", "5",
                        "trlMax", "7",
                        "ticketMin", "1000000",
                        "ticketMax", "",
                        "transferModes", List.of("LICENSE")));

        saved.then().statusCode(303).header("Location", containsString("/investor/recommendations"));
        Document form = page.page("/investor/profile");
        assertThat(form.select("input[name=industries][checked]").eachAttr("value"))
                .containsExactly("38", "I");
        assertThat(form.select("#trlMin").val()).isEqualTo("5");
        assertThat(form.select("#ticketMin").val()).isEqualTo("1000000");
        assertThat(form.select("input[name=transferModes][checked]").eachAttr("value"))
                .containsExactly("LICENSE");
        as(token).get("/api/v1/investors/me").then().statusCode(200).body("trlMax", org.hamcrest.Matchers.equalTo(7));
    }

    @Test
    void aRefusedProfile_showsTheErrorsBesideTheFields_andKeepsWhatWasTyped() {
        PageClient page = PageClient.as(investor()).in("en");

        Response refused = page.post(
                "/investor/profile",
                "/investor/profile",
                Map.of("industries", List.of("65"), "trlMin", "9", "trlMax", "2", "ticketMin", "lots"));

        refused.then().statusCode(400).contentType(containsString("text/html"));
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select(".form-error").text()).isNotBlank();
        assertThat(form.select("#ticketMin-error").text()).isNotBlank();
        assertThat(form.select("#ticketMin").val()).isEqualTo("lots");
        assertThat(form.select("#trlMin").val()).isEqualTo("9");
        assertThat(form.select("#trlMax").val()).isEqualTo("2");
        assertThat(form.select("input[name=industries][checked]").eachAttr("value"))
                .containsExactly("65");

        Response range = page.post(
                "/investor/profile", "/investor/profile", Map.of("trlMin", "9", "trlMax", "2", "ticketMin", "5"));
        Document again = Jsoup.parse(range.asString());
        assertThat(range.statusCode()).isEqualTo(400);
        assertThat(again.select(".field.invalid #trlMax").size()).isOne();
        assertThat(again.select("#trlMax-error").text()).isNotBlank();
        assertThat(again.select("#ticketMin").val()).isEqualTo("5");
    }

    @Test
    void theIndustryPicker_filtersDivisionsByName_inChineseAndEnglish_keepingTheTickedOnes() {
        PageClient zh = PageClient.as(investor());
        Document electrical = zh.page("/investor/profile/industries?q=电气");
        assertThat(industryValues(electrical)).contains("38").doesNotContain("65", "01");
        assertThat(electrical.select("label:has(input[value=38])").text()).contains("电气机械和器材制造业");

        Document software = zh.in("en").page("/investor/profile/industries?q=Software&industries=38");
        assertThat(industryValues(software)).contains("65", "38").doesNotContain("01");
        assertThat(software.select("input[value=38]").hasAttr("checked")).isTrue();
        assertThat(software.select("label:has(input[value=65])").text())
                .contains("Software and information technology services");

        assertThat(industryValues(zh.page("/investor/profile/industries?q="))).hasSizeGreaterThan(100);
    }

    @Test
    void recommendations_listEntriesWithTheirReasons_inThePagesLanguage() {
        PublishedPool pool = PublishedPool.get();
        String token = investor();
        as(token)
                .body(Map.of(
                        "industries", List.of("38"), "trlMin", 5, "trlMax", 7, "transferModes", List.of("LICENSE")))
                .put("/api/v1/investors/me")
                .then()
                .statusCode(200);

        Document zh = PageClient.as(token).page("/investor/recommendations");
        var fit = zh.select("[data-entry-id=" + pool.fit + "]");
        assertThat(fit).hasSize(1);
        assertThat(fit.select("a").attr("href")).isEqualTo("/pool/" + pool.fit);
        assertThat(fit.select(".reasons li").eachText()).anyMatch(r -> r.contains("行业匹配"));

        Document en = PageClient.as(token).in("en").page("/investor/recommendations");
        assertThat(en.select("[data-entry-id=" + pool.fit + "] .reasons li").eachText())
                .anyMatch(r -> r.contains("industry match"))
                .anyMatch(r -> r.contains("TRL 6 within your range 5–7"));
    }

    @Test
    void recommendations_withoutIndustries_askToSetTheProfile() {
        Document page = PageClient.as(investor()).page("/investor/recommendations");
        assertThat(page.select(".empty a[href=/investor/profile]")).hasSize(1);
        assertThat(page.select("[data-entry-id]")).isEmpty();
    }

    @Test
    void otherRoles_getTheForbiddenPage() {
        PageClient.as(Tokens.institution(Fixtures.organization()))
                .get("/investor/profile")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"));
    }

    @Test
    void aPostWithoutTheCsrfToken_isRefused_andChangesNothing() {
        String token = investor();
        PageClient page = PageClient.as(token);
        page.page("/investor/profile");

        page.request()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("trlMin", "3")
                .formParam("trlMax", "4")
                .post("/investor/profile")
                .then()
                .statusCode(400);

        as(token).get("/api/v1/investors/me").then().body("trlMin", org.hamcrest.Matchers.equalTo(1));
    }
}
