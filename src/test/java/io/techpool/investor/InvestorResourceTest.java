package io.techpool.investor;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvestorResourceTest {

    private static String investor() {
        return Tokens.token(Fixtures.uniqueName("investor"), "investor", "INV-" + Fixtures.uniqueName("org"));
    }

    private static Map<String, Object> profile() {
        Map<String, Object> body = new HashMap<>();
        body.put("industries", List.of("38", "I", "38"));
        body.put("trlMin", 5);
        body.put("trlMax", 7);
        body.put("ticketMin", 1000000);
        body.put("ticketMax", 5000000);
        body.put("transferModes", List.of("LICENSE"));
        return body;
    }

    @Test
    void me_createsTheProfileFromTheToken_onTheFirstCall() {
        String username = Fixtures.uniqueName("investor");
        as(Tokens.token(username, "investor", "INV-GSVC"))
                .get("/api/v1/investors/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("name", equalTo(username))
                .body("organizationCode", equalTo("INV-GSVC"))
                .body("industries.size()", equalTo(0))
                .body("trlMin", equalTo(1))
                .body("trlMax", equalTo(9))
                .body("ticketMin", nullValue());
    }

    @Test
    void editMe_storesTheProfile_industriesOnceAndSorted() {
        String token = investor();
        as(token).body(profile()).put("/api/v1/investors/me").then().statusCode(200);

        as(token)
                .get("/api/v1/investors/me")
                .then()
                .statusCode(200)
                .body("industries", equalTo(List.of("38", "I")))
                .body("trlMin", equalTo(5))
                .body("trlMax", equalTo(7))
                .body("ticketMin", equalTo(1000000.0f))
                .body("ticketMax", equalTo(5000000.0f))
                .body("transferModes", equalTo(List.of("LICENSE")));
    }

    private static void invalid(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = profile();
        change.accept(body);
        as(investor())
                .body(body)
                .put("/api/v1/investors/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void editMe_returns400WithTheField_forEachInvalidValue() {
        invalid("industries[0]", b -> b.put("industries", List.of("99")));
        invalid("trlMin", b -> b.put("trlMin", 0));
        invalid("trlMax", b -> b.put("trlMax", 10));
        invalid("trlMin", b -> b.remove("trlMin"));
        invalid("trlMax", b -> {
            b.put("trlMin", 7);
            b.put("trlMax", 4);
        });
        invalid("ticketMin", b -> b.put("ticketMin", -1));
        invalid("ticketMax", b -> b.put("ticketMax", 10));
        invalid("industries", b -> b.remove("industries"));
    }

    @Test
    void editMe_returns400_forAnUnknownIndustryPatternOrTransferMode() {
        Map<String, Object> body = profile();
        body.put("industries", List.of("c"));
        as(investor())
                .body(body)
                .put("/api/v1/investors/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        body = profile();
        body.put("transferModes", List.of("BARTER"));
        as(investor())
                .body(body)
                .put("/api/v1/investors/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void profile_returns401_withoutAToken() {
        given().get("/api/v1/investors/me").then().statusCode(401);
    }

    @Test
    void recommendations_return401_withoutAToken() {
        given().get("/api/v1/investors/me/recommendations").then().statusCode(401);
    }

    @Test
    void profile_returns403_forAnInstitution() {
        String org = Fixtures.organization();
        as(Tokens.institution(org)).get("/api/v1/investors/me").then().statusCode(403);
        as(Tokens.institution(org))
                .body(profile())
                .put("/api/v1/investors/me")
                .then()
                .statusCode(403);
    }

    @Test
    void recommendations_return403_forAReviewer() {
        as(Tokens.reviewer(Fixtures.organization()))
                .get("/api/v1/investors/me/recommendations")
                .then()
                .statusCode(403);
    }

    /** The first page of 100 recommendations on {@link PublishedPool} for a new investor with {@link #profile()}. */
    private static JsonPath recommendationsOnThePublishedPool() {
        PublishedPool.get();
        String token = investor();
        as(token).body(profile()).put("/api/v1/investors/me").then().statusCode(200);
        return as(token)
                .get("/api/v1/investors/me/recommendations?size=100")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .extract()
                .jsonPath();
    }

    @Test
    void recommendations_rankADivisionMatchAboveASectionMatch_withAHigherComposite() {
        PublishedPool pool = PublishedPool.get();
        JsonPath answer = recommendationsOnThePublishedPool();
        List<String> ids = answer.getList("items.id");
        assertThat(ids).contains(pool.fit, pool.sectionOnly);
        // Division, TRL and transfer mode beat a higher composite with only a section match.
        assertThat(ids.indexOf(pool.fit)).isLessThan(ids.indexOf(pool.sectionOnly));
        assertThat(answer.getLong("total")).isEqualTo(ids.size());
    }

    @Test
    void recommendations_leaveOutWhatDoesNotFit() {
        PublishedPool pool = PublishedPool.get();
        List<String> ids = recommendationsOnThePublishedPool().getList("items.id");
        assertThat(ids).doesNotContain(pool.unrelated);
    }

    @Test
    void recommendations_neverShowTheContact() {
        JsonPath answer = recommendationsOnThePublishedPool();
        assertThat(item(answer, PublishedPool.get().fit)).doesNotContainKey("contact");
        assertThat(answer.prettyPrint()).doesNotContain("wangfang@example.org");
    }

    @Test
    void recommendations_giveTheirReasons_inChineseAndEnglish() {
        PublishedPool pool = PublishedPool.get();
        JsonPath answer = recommendationsOnThePublishedPool();
        Map<String, Object> fit = item(answer, pool.fit);
        assertThat(new java.math.BigDecimal(fit.get("fit").toString())).isGreaterThan(new java.math.BigDecimal("90"));
        List<Map<String, String>> reasons = reasons(fit);
        assertThat(reasons)
                .extracting(r -> r.get("code"))
                .containsSubsequence("INDUSTRY_DIVISION", "TRL_IN_RANGE", "TRANSFER_MODE");
        assertThat(reasons)
                .extracting(r -> r.get("zh"))
                .contains("行业匹配：电气机械和器材制造业（38）", "TRL 6 在您的范围 5–7 内", "转化方式匹配：许可");
        assertThat(reasons).extracting(r -> r.get("en")).contains("TRL 6 within your range 5–7");

        Map<String, Object> section = item(answer, pool.sectionOnly);
        assertThat(reasons(section))
                .extracting(r -> r.get("code"))
                .contains("INDUSTRY_SECTION")
                .doesNotContain("INDUSTRY_DIVISION");
    }

    @Test
    void recommendations_arePaged_withTheSameOrder() {
        PublishedPool.get();
        String token = investor();
        as(token).body(profile()).put("/api/v1/investors/me").then().statusCode(200);
        List<String> all = as(token)
                .get("/api/v1/investors/me/recommendations?size=100")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id");

        as(token)
                .get("/api/v1/investors/me/recommendations?page=1&size=1")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(all.get(1)))
                .body("total", equalTo(all.size()));
        as(token)
                .get("/api/v1/investors/me/recommendations?size=101")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void recommendations_rankedByTheDatabase_followRecommendationFitsOrder_acrossPages() {
        // Eight pool entries, each fitting the profile below in another way; 32 fillers under the minimum.
        String owner = Fixtures.organization();
        Map<String, Integer> scores = new HashMap<>();
        String irrelevant = PublishedPool.achievement(owner, "不相关成果", null, "01", 9, List.of("EQUITY"));
        scores.put(irrelevant, 88);
        scores.put(PublishedPool.achievement(owner, "大类加成熟度加方式", null, "38", 6, List.of("EQUITY")), 85);
        scores.put(PublishedPool.achievement(owner, "只有大类", null, "38", 9, List.of("TRANSFER")), 90);
        scores.put(PublishedPool.achievement(owner, "门类加成熟度加方式", null, "34", 5, List.of("COOPERATION")), 70);
        scores.put(PublishedPool.achievement(owner, "只有门类", null, "39", 8, List.of("LICENSE")), 95);
        scores.put(PublishedPool.achievement(owner, "软件大类", null, "65", 4, List.of("EQUITY")), 75);
        scores.put(PublishedPool.achievement(owner, "只有成熟度", null, "01", 5, List.of("TRANSFER")), 80);
        scores.put(PublishedPool.achievement(owner, "成熟度加方式", null, "44", 6, List.of("LICENSE", "COOPERATION")), 78);
        for (int i = 0; i < 32; i++) {
            scores.put(PublishedPool.achievement(owner, "陪衬" + i, null, "38", 5, List.of("COOPERATION")), 50);
        }
        Fixtures.publishRound(scores);
        Map<String, Object> profile = new HashMap<>(profile());
        profile.put("industries", List.of("C", "65"));
        profile.put("trlMin", 4);
        profile.put("trlMax", 6);
        profile.put("transferModes", List.of("EQUITY", "COOPERATION"));
        String token = investor();
        as(token).body(profile).put("/api/v1/investors/me").then().statusCode(200);

        List<Map<String, Object>> all = new java.util.ArrayList<>();
        long total;
        int page = 0;
        do {
            JsonPath answer = as(token)
                    .get("/api/v1/investors/me/recommendations?size=3&page=" + page++)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.addAll(answer.getList("items"));
            total = answer.getLong("total");
        } while (all.size() < total && page < 1000);

        // The fit shown is RecommendationFit's (Java); the order and the pages are the database's (SQL).
        assertThat(all).hasSize((int) total);
        List<Object> ids = all.stream().map(i -> i.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContain(irrelevant);
        assertThat(all.stream().filter(i -> owner.equals(((Map<?, ?>) i.get("organization")).get("code"))))
                .hasSize(7);
        java.util.Comparator<Map<String, Object>> fitOrder =
                java.util.Comparator.<Map<String, Object>, BigDecimal>comparing(
                                i -> new BigDecimal(i.get("fit").toString()))
                        .reversed()
                        .thenComparing(
                                i -> new BigDecimal(i.get("composite").toString()), java.util.Comparator.reverseOrder())
                        .thenComparing(i -> i.get("id").toString());
        assertThat(all).isSortedAccordingTo(fitOrder);
    }

    private static Map<String, Object> item(JsonPath answer, String id) {
        List<Map<String, Object>> items = answer.getList("items");
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> reasons(Map<String, Object> item) {
        return (List<Map<String, String>>) item.get("reasons");
    }
}
