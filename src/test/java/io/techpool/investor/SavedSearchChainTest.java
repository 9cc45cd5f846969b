package io.techpool.investor;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.techpool.ChainPool;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import io.techpool.Workbooks;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Saved searches keep the pool search's key industry chain filter: stored, run in alerts and shown. */
@QuarkusTest
class SavedSearchChainTest {

    @Inject
    SavedSearchService savedSearches;

    @Test
    void aChainSearch_isStored_andItsResultsAreTheChainsEntriesOnly() {
        ChainPool chains = ChainPool.get();
        PublishedPool pool = PublishedPool.get();
        RequestSpecification me = as(Tokens.token(Fixtures.uniqueName("inv"), "investor", null));
        String id = me.body(Map.of("name", "氢能", "criteria", Map.of("chains", List.of("hydrogen-energy"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .body("criteria.chains", equalTo(List.of("hydrogen-energy")))
                .extract()
                .path("id");

        List<String> found = me.queryParam("size", 100)
                .get("/api/v1/investors/me/saved-searches/" + id + "/results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(found).contains(chains.top, chains.middle, chains.low).doesNotContain(pool.fit, pool.unrelated);
        me.get("/api/v1/investors/me/saved-searches")
                .then()
                .body("items.find { it.id == '" + id + "' }.criteria.chains", equalTo(List.of("hydrogen-energy")));
    }

    @Test
    void aChainTheChainFileDoesNotName_isRefused() {
        RequestSpecification me = as(Tokens.token(Fixtures.uniqueName("inv"), "investor", null));
        me.header("Accept-Language", "en")
                .body(Map.of("name", "x", "criteria", Map.of("chains", List.of("hydrogen-energy", "no-such-chain"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("criteria.chains[1]"));
        me.body(Map.of("name", "x", "criteria", Map.of("chains", List.of("Not A Chain!"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        me.get("/api/v1/investors/me/saved-searches").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theAlertCheck_runsTheChainFilter() {
        String word = "液氢" + Long.toString(System.nanoTime(), 36);
        String investor = Fixtures.uniqueName("inv");
        RequestSpecification me = as(Tokens.token(investor, "investor", null));
        String hydrogen = save(me, word, "hydrogen-energy");
        String tourism = save(me, word, "culture-tourism");

        String owner = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", new HashMap<>(Map.of("zh", word + "储运阀门", "en", "Liquid hydrogen valve")));
        body.put("summary", new HashMap<>(Map.of("zh", word + "储运阀门，面向氢能装备。", "en", "A valve for hydrogen.")));
        body.put("keywords", new ArrayList<>(List.of("氢能", word)));
        body.put("industryCode", "34");
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

        me.get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + hydrogen + "' }.newCount", equalTo(1))
                .body("items.find { it.id == '" + tourism + "' }.newCount", equalTo(0));
    }

    @Test
    void aChainPostedFromTheSearchPage_isSaved_shownInWords_andTheListLinksTheExport() {
        ChainPool.get();
        String token = Tokens.token(Fixtures.uniqueName("inv"), "investor", null);
        PageClient page = PageClient.as(token);
        String name = Fixtures.uniqueName("氢能");

        Response posted = page.post(
                "/investor/saved-searches/new?chain=hydrogen-energy",
                "/investor/saved-searches",
                Map.of("name", name, "chain", List.of("hydrogen-energy")));

        posted.then().statusCode(303);
        Element row = page.page("/investor/saved-searches").select("[data-saved-search-id]").stream()
                .filter(e -> e.select("h2 a").text().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(row.select(".tag").eachText()).contains("氢能");
        String id = row.attr("data-saved-search-id");
        assertThat(row.select("a[data-export]").attr("href"))
                .isEqualTo("/investor/saved-searches/" + id + "/export.xlsx");
        byte[] file = page.get("/investor/saved-searches/" + id + "/export.xlsx")
                .then()
                .statusCode(200)
                .contentType(Workbooks.XLSX)
                .extract()
                .asByteArray();
        assertThat(Workbooks.sheets(file).get("检索结果").data())
                .extracting(r -> r.get(0))
                .isNotEmpty();
        PageClient.as(Tokens.token(Fixtures.uniqueName("inv"), "investor", null))
                .get("/investor/saved-searches/" + id + "/export.xlsx")
                .then()
                .statusCode(404);
    }

    private static String save(RequestSpecification me, String q, String chain) {
        return me.body(Map.of("name", chain, "criteria", Map.of("q", q, "chains", List.of(chain))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
