package io.techpool.investor;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavedSearchPagesTest {

    @Inject
    SavedSearchService savedSearches;

    private static String investor() {
        return Tokens.token(Fixtures.uniqueName("investor"), "investor", null);
    }

    private static Element saved(Document list, String name) {
        return list.select("[data-saved-search-id]").stream()
                .filter(e -> e.select("h2 a").text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no saved search " + name));
    }

    @Test
    void aSearchPostedFromTheSearchPage_isSaved_andListedWithItsQueryInWords() {
        PageClient page = PageClient.as(investor());
        String name = Fixtures.uniqueName("储能");

        Response posted = page.post(
                "/investor/saved-searches/new",
                "/investor/saved-searches",
                Map.of(
                        "name", name,
                        "q", "储能",
                        "industry", List.of("38"),
                        "trlMin", "3",
                        "trlMax", "8",
                        "transferMode", List.of("LICENSE"),
                        "round", "ignored"));

        posted.then().statusCode(303).header("Location", endsWith("/investor/saved-searches?notice=saved"));
        Document list = page.page("/investor/saved-searches?notice=saved");
        assertThat(list.select(".notice").text()).isNotBlank();
        Element row = saved(list, name);
        assertThat(row.select(".meta").text()).contains("储能", "TRL 3–8");
        assertThat(row.select(".tag").eachText()).contains("38 电气机械和器材制造业", "许可");
        assertThat(row.select(".badge.unread")).isEmpty();
    }

    @Test
    void aRefusedSearch_reRendersTheFormWithErrorsBesideTheFields_andTheValues() {
        PageClient page = PageClient.as(investor()).in("en");

        Response refused = page.post(
                "/investor/saved-searches/new",
                "/investor/saved-searches",
                Map.of("name", "", "q", "solar <b>cells</b>", "section", List.of("Z"), "trlMin", "2"));

        refused.then().statusCode(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#name-error").text()).isNotBlank();
        assertThat(form.select(".form-error").text()).isNotBlank();
        assertThat(form.select("input[name=section][value=Z]").hasAttr("checked"))
                .isTrue();
        assertThat(form.select(".error").eachText()).anyMatch(e -> e.startsWith("Z:"));
        assertThat(form.select("#q").val()).isEqualTo("solar <b>cells</b>");
        assertThat(form.select("#trlMin").val()).isEqualTo("2");
    }

    @Test
    void aNewPublication_showsAsNewInTheList_andOnTheSearchsPage_thenIsSeen() {
        String token = investor();
        PageClient page = PageClient.as(token);
        String word = "超导磁储能" + Fixtures.uniqueName("x").replaceAll("[^a-z0-9]", "");
        String name = Fixtures.uniqueName("超导");
        page.post(
                        "/investor/saved-searches/new",
                        "/investor/saved-searches",
                        Map.of("name", name, "q", "超导磁储能", "industry", List.of("38")))
                .then()
                .statusCode(303);
        String id = saved(page.page("/investor/saved-searches"), name).attr("data-saved-search-id");
        assertThat(page.page("/investor/saved-searches/" + id).select("[data-new]"))
                .isEmpty();

        String owner = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "超导磁储能装置 " + word, "en", "Superconducting magnetic energy storage"));
        String entry = Fixtures.submitted(owner, body);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(owner);
        }
        String round = Fixtures.publishRound(Map.of(entry, 90));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().queryParam("round", round)
                        .get("/api/v1/pool")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .contains(entry));
        savedSearches.checkAll();

        Element row = saved(page.page("/investor/saved-searches"), name);
        assertThat(row.select(".badge.unread").text()).isNotBlank();
        assertThat(Long.parseLong(row.select(".badge.unread").attr("data-new-count")))
                .isPositive();

        Document opened = page.page("/investor/saved-searches/" + id);
        assertThat(opened.select("[data-new][data-entry-id=" + entry + "] a").attr("href"))
                .isEqualTo("/pool/" + entry);
        assertThat(saved(page.page("/investor/saved-searches"), name).select(".badge.unread"))
                .isEmpty();
        assertThat(page.page("/investor/saved-searches/" + id).select("[data-entry-id=" + entry + "]"))
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.hasAttr("data-new")).isFalse());
    }

    @Test
    void deleting_removesTheSearch_andOnlyItsOwnerMay() {
        String token = investor();
        PageClient page = PageClient.as(token);
        String name = Fixtures.uniqueName("delete-me");
        page.post("/investor/saved-searches/new", "/investor/saved-searches", Map.of("name", name, "q", "光伏"))
                .then()
                .statusCode(303);
        String id = saved(page.page("/investor/saved-searches"), name).attr("data-saved-search-id");

        PageClient other = PageClient.as(investor());
        other.get("/investor/saved-searches/" + id).then().statusCode(404).contentType(containsString("text/html"));
        other.post("/investor/saved-searches", "/investor/saved-searches/" + id + "/delete", Map.of())
                .then()
                .statusCode(404);

        page.post("/investor/saved-searches", "/investor/saved-searches/" + id + "/delete", Map.of())
                .then()
                .statusCode(303)
                .header("Location", endsWith("/investor/saved-searches?notice=deleted"));
        assertThat(page.page("/investor/saved-searches").select("[data-saved-search-id=" + id + "]"))
                .isEmpty();
        as(token).get("/api/v1/investors/me/saved-searches").then().statusCode(200);
    }
}
