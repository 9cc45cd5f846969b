package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pool as investors and anonymous visitors see it. One round is published once for the class:
 * four selected entries (two solar in division 38, one wind turbine in 34, one rice variety in 01)
 * and sixteen fillers without reviews, so N = 20 and the capacity is 4. Assertions filter by that
 * round, since other tests publish rounds too.
 */
@QuarkusTest
class PoolSearchTest {

    private static String owner;
    private static String round;
    private static String solar;
    private static String solarTwo;
    private static String wind;
    private static String rice;
    private static String filler;

    /** An anonymous visitor from 127.0.0.1, like every other test's client. */
    private static RequestSpecification visitor() {
        return given();
    }

    /**
     * Requests the stats as one client whose requests leave from {@code localAddress}, another loopback
     * address than the rest of the suite's, so the limiter gives it a bucket of its own. Sends a new
     * X-Forwarded-For with every request when {@code forge}. Stops at the first refusal.
     */
    private static Served drain(String localAddress, boolean forge) throws Exception {
        int limit = ConfigProvider.getConfig().getValue("techpool.rate-limit.per-minute", Integer.class);
        URI stats = URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/pool/stats");
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName(localAddress))
                .build()) {
            for (int served = 0; served <= 3 * limit; served++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(stats);
                if (forge) {
                    request.header("X-Forwarded-For", "10.66." + served / 250 + "." + (served % 250 + 1));
                }
                HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return new Served(limit, served, answer);
                }
            }
        }
        throw new AssertionError("more than three times the limit was served");
    }

    private record Served(int limit, int count, HttpResponse<String> refusal) {}

    /** Once for the class; in a @BeforeEach because the HTTP port is only known per test. */
    @BeforeEach
    void publishARoundOnce() {
        if (round != null) {
            return;
        }
        owner = Fixtures.organization("620100");
        solar = Fixtures.submitted(
                owner,
                body(
                        "高效光伏电池材料",
                        "High-efficiency photovoltaic cell materials",
                        "38",
                        6,
                        List.of("LICENSE", "EQUITY"),
                        "INTERNATIONAL_ADVANCED"));
        solarTwo = Fixtures.submitted(
                owner,
                body(
                        "柔性光伏组件封装工艺",
                        "Encapsulation of flexible solar modules",
                        "38",
                        8,
                        List.of("TRANSFER"),
                        "DOMESTIC_LEADING"));
        wind = Fixtures.submitted(
                owner,
                body(
                        "海上风电叶片复合材料",
                        "Composite blades for offshore wind turbines",
                        "34",
                        7,
                        List.of("COOPERATION"),
                        "DOMESTIC_LEADING"));
        rice = Fixtures.submitted(
                owner,
                body("耐盐碱水稻新品种", "A salt-tolerant rice variety", "01", 5, List.of("LICENSE"), "DOMESTIC_ADVANCED"));
        List<String> fillers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            fillers.add(Fixtures.submitted(owner));
        }
        filler = fillers.getFirst();
        Map<String, Integer> scores = Map.of(solar, 92, solarTwo, 85, wind, 88, rice, 80);
        round = Fixtures.publishRound(scores);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> visitor()
                                .queryParam("round", round)
                                .get("/api/v1/pool")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("total")
                        == 4);
    }

    private static Map<String, Object> body(
            String zh, String en, String division, int trl, List<String> modes, String level) {
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", zh, "en", en));
        body.put("summary", Map.of("zh", zh + "的研究与应用。", "en", en + ": research and application."));
        body.put("keywords", List.of(zh.substring(0, 2)));
        body.put("industryCode", division);
        body.put("trl", trl);
        body.put("transferModes", modes);
        body.put("level", level);
        return body;
    }

    private List<String> ids(RequestSpecification request) {
        return request.queryParam("round", round)
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    void aTwoCharacterChineseWordFindsExactlyItsEntries() {
        assertThat(ids(visitor().queryParam("q", "光伏"))).containsExactly(solar, solarTwo);
        assertThat(ids(visitor().queryParam("q", "风电"))).containsExactly(wind);
        assertThat(ids(visitor().queryParam("q", "水稻"))).containsExactly(rice);
    }

    @Test
    void aChineseWordNoEntryHasFindsNothing() {
        assertThat(ids(visitor().queryParam("q", "芯片"))).isEmpty();
    }

    @Test
    void englishQueriesAreStemmed() {
        assertThat(ids(visitor().queryParam("q", "turbine"))).containsExactly(wind);
        assertThat(ids(visitor().queryParam("q", "photovoltaic cells"))).containsExactly(solar);
    }

    @Test
    void hitsCarryHighlightedSnippets() {
        visitor()
                .queryParam("round", round)
                .queryParam("q", "光伏")
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .body("items[0].highlights.titleZh[0]", containsString("<em>"));
    }

    @Test
    void facetsCountWhatMatches_withChineseLabels() {
        JsonPath all = roundPage("zh");
        assertThat(all.getList("facets.section.value")).containsExactlyInAnyOrder("C", "A");
        assertThat(all.getInt("facets.section.find { it.value == 'C' }.count")).isEqualTo(3);
        assertThat(all.getString("facets.industry.find { it.value == '38' }.label"))
                .isEqualTo("电气机械和器材制造业");
        assertThat(all.getInt("facets.industry.find { it.value == '38' }.count"))
                .isEqualTo(2);
        assertThat(all.getInt("facets.transferMode.find { it.value == 'LICENSE' }.count"))
                .isEqualTo(2);
        assertThat(all.getInt("facets.region.find { it.value == '62' }.count")).isEqualTo(4);
        assertThat(all.getString("facets.region.find { it.value == '62' }.label"))
                .isEqualTo("甘肃省");
        String roundName = as(Tokens.operator())
                .get("/api/v1/rounds/" + round)
                .then()
                .extract()
                .path("name");
        assertThat(all.getString("facets.round.find { it.value == '" + round + "' }.label"))
                .isEqualTo(roundName)
                .startsWith("2026 年第");
    }

    @Test
    void facetLabels_areEnglish_whenAskedFor() {
        assertThat(visitor()
                        .header("Accept-Language", "en")
                        .queryParam("round", round)
                        .get("/api/v1/pool")
                        .jsonPath()
                        .getString("facets.region.find { it.value == '62' }.label"))
                .isEqualTo("Gansu");
    }

    /** The first page of this class's round, facets and all, in {@code language}. */
    private JsonPath roundPage(String language) {
        return visitor()
                .header("Accept-Language", language)
                .queryParam("round", round)
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyFacetValue_carriesALabel_inTheCallersLanguage() {
        for (String language : List.of("zh", "en")) {
            Map<String, List<Map<String, Object>>> facets = roundPage(language).getMap("facets");
            facets.forEach((facet, values) -> assertThat(values)
                    .as(facet + " in " + language)
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.get("label"))
                            .as(facet + " " + v.get("value"))
                            .isNotNull()));
        }
    }

    @Test
    void highlights_escapeTheTextAroundTheirTags_whenATitleHoldsMarkup() {
        String owner = Fixtures.organization();
        String hostile =
                PublishedPool.achievement(owner, "脚本光伏<script>alert(1)</script>组件", null, "38", 6, List.of("LICENSE"));
        Map<String, Integer> scores = new java.util.HashMap<>(Map.of(hostile, 90));
        for (int i = 0; i < 4; i++) { // at most a fifth enters the pool: four below it
            scores.put(PublishedPool.achievement(owner, "陪衬" + i, null, "38", 5, List.of("LICENSE")), 50);
        }
        Fixtures.publishRound(scores);
        String highlight = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(
                        () -> visitor()
                                .queryParam("q", "脚本光伏")
                                .get("/api/v1/pool")
                                .jsonPath()
                                .getString("items.find { it.id == '" + hostile + "' }.highlights.titleZh[0]"),
                        h -> h != null);
        assertThat(highlight).contains("<em>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void transferModeLevelAndIpKindLabels_followTheGlossary() {
        JsonPath zh = roundPage("zh");
        assertThat(zh.getString("facets.transferMode.find { it.value == 'LICENSE' }.label"))
                .isEqualTo("许可");
        assertThat(zh.getString("facets.ipKind.find { it.value == 'INVENTION_PATENT' }.label"))
                .isEqualTo("发明专利");
        assertThat(zh.getString("facets.level.find { it.value == 'DOMESTIC_LEADING' }.label"))
                .isEqualTo("国内领先");
        JsonPath en = roundPage("en");
        assertThat(en.getString("facets.transferMode.find { it.value == 'LICENSE' }.label"))
                .isEqualTo("licence");
        assertThat(en.getString("facets.ipKind.find { it.value == 'INVENTION_PATENT' }.label"))
                .isEqualTo("invention patent");
        assertThat(en.getString("facets.level.find { it.value == 'DOMESTIC_LEADING' }.label"))
                .isEqualTo("domestic leading");
    }

    @Test
    void filtersNarrowTheEntries_aloneOrCombined() {
        assertThat(ids(visitor().queryParam("industry", "38"))).containsExactly(solar, solarTwo);
        assertThat(ids(visitor().queryParam("section", "A"))).containsExactly(rice);
        assertThat(ids(visitor().queryParam("trlMin", 7))).containsExactlyInAnyOrder(solarTwo, wind);
        assertThat(ids(visitor().queryParam("trlMin", 6).queryParam("trlMax", 7)))
                .containsExactlyInAnyOrder(solar, wind);
        assertThat(ids(visitor().queryParam("transferMode", "LICENSE"))).containsExactlyInAnyOrder(solar, rice);
        assertThat(ids(visitor().queryParam("transferMode", "LICENSE").queryParam("industry", "38")))
                .containsExactly(solar);
        assertThat(ids(visitor().queryParam("level", "DOMESTIC_LEADING").queryParam("q", "光伏")))
                .containsExactly(solarTwo);
        assertThat(ids(visitor().queryParam("ipKind", "INVENTION_PATENT"))).hasSize(4);
        assertThat(ids(visitor().queryParam("region", "62"))).hasSize(4);
        assertThat(ids(visitor().queryParam("region", "110100"))).isEmpty();
    }

    @Test
    void sortsByScoreByDefault_orNewest_orTrl() {
        assertThat(ids(visitor())).containsExactly(solar, wind, solarTwo, rice);
        assertThat(ids(visitor().queryParam("sort", "trl"))).containsExactly(solarTwo, wind, solar, rice);
        assertThat(ids(visitor().queryParam("sort", "newest"))).hasSize(4);
        visitor()
                .queryParam("sort", "random")
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void pagesAreStable_andCoverEveryEntryOnce() {
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 4; page++) {
            List<String> one = ids(visitor().queryParam("size", 1).queryParam("page", page));
            assertThat(one).hasSize(1);
            assertThat(seen.add(one.getFirst())).isTrue();
        }
        assertThat(seen).containsExactlyInAnyOrder(solar, solarTwo, wind, rice);
    }

    @Test
    void onlyPoolEntriesAreEverReturned() {
        assertThat(ids(visitor())).doesNotContain(filler);
        visitor().get("/api/v1/pool/" + filler).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theContactIsNeverReturned() {
        String search = visitor()
                .queryParam("round", round)
                .queryParam("q", "光伏")
                .get("/api/v1/pool")
                .asString();
        String entry = visitor().get("/api/v1/pool/" + solar).asString();
        String byIndustry = visitor().get("/api/v1/pool/by-industry").asString();
        assertThat(search + entry + byIndustry)
                .doesNotContain("wangfang@example.org")
                .doesNotContain("王芳");
    }

    @Test
    void anEntryShowsTheAchievementItsScoresAndIndustryRank() {
        visitor()
                .header("Accept-Language", "en")
                .get("/api/v1/pool/" + solarTwo)
                .then()
                .statusCode(200)
                .body("achievement.title.zh", equalTo("柔性光伏组件封装工艺"))
                .body("industryRank", equalTo(2))
                .body("industryCode", equalTo("38"))
                .body("composite", equalTo(85.0f))
                .body("aggregates.technical_content", equalTo(85.0f))
                .body("percentile", notNullValue());
    }

    @Test
    void byIndustryGroupsSectionsAndDivisions_rankedInside() {
        JsonPath sections = visitor()
                .get("/api/v1/pool/by-industry?top=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> codes = sections.getList("code");
        assertThat(codes).isSorted();
        List<String> in38 = sections.getList("find { it.code == 'C' }.divisions.find { it.code == '38' }.entries.id");
        assertThat(in38).containsSubsequence(solar, solarTwo);
    }

    @Test
    void byIndustryCountsEveryDivision_butListsOnlyItsTopEntries() {
        JsonPath all = visitor()
                .get("/api/v1/pool/by-industry?top=100")
                .then()
                .extract()
                .jsonPath();
        JsonPath first = visitor()
                .get("/api/v1/pool/by-industry?top=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String c38 = "find { it.code == 'C' }.divisions.find { it.code == '38' }";
        int in38 = first.getInt(c38 + ".count");
        assertThat(in38).isGreaterThanOrEqualTo(2).isEqualTo(all.getInt(c38 + ".count"));
        assertThat(first.getList(c38 + ".entries.id"))
                .containsExactly(all.getList(c38 + ".entries.id").getFirst());
        List<Integer> divisionCounts = first.getList("find { it.code == 'C' }.divisions.count");
        assertThat(first.getInt("find { it.code == 'C' }.count"))
                .isEqualTo(divisionCounts.stream().mapToInt(Integer::intValue).sum());
        List<List<Object>> lists = first.getList("divisions.flatten().entries");
        assertThat(lists).allSatisfy(entries -> assertThat(entries).hasSize(1));
    }

    @Test
    void byIndustryRefusesATopOutside1To100() {
        for (String top : List.of("0", "101", "ten")) {
            visitor()
                    .get("/api/v1/pool/by-industry?top=" + top)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("top"));
        }
    }

    @Test
    void stats_countTheRoundsEntries() {
        visitor().get("/api/v1/pool/stats").then().statusCode(200).body("byRound." + round, equalTo(4));
    }

    @Test
    void organization_countsItsPoolEntries() {
        given().get("/api/v1/organizations/" + owner).then().body("poolEntries", equalTo(4));
    }

    @Test
    void aScraperIsSlowedDown_with429AndRetryAfter() throws Exception {
        Served served = drain("127.0.0.2", false);
        // The bucket holds the limit and refills it within a minute, so a slow machine squeezes in a few more.
        assertThat(served.count()).isBetween(served.limit(), 2 * served.limit());
        assertThat(served.refusal().statusCode()).isEqualTo(429);
        assertThat(served.refusal().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(served.refusal().headers().firstValue("Retry-After")).isPresent();
        visitor().get("/api/v1/pool/stats").then().statusCode(200);
    }

    @Test
    void aScraperIsSlowedDown_whenItForgesANewXForwardedForEveryTime() throws Exception {
        Served served = drain("127.0.0.3", true);
        assertThat(served.count()).isBetween(served.limit(), 2 * served.limit());
        assertThat(served.refusal().statusCode()).isEqualTo(429);
    }

    /** Through the trusted proxy, each forwarded client has its own bucket: one scraper does not block the rest. */
    @Test
    void behindTheTrustedProxy_eachForwardedClientHasItsOwnBucket() throws Exception {
        int limit = ConfigProvider.getConfig().getValue("techpool.rate-limit.per-minute", Integer.class);
        URI stats = URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/pool/stats");
        try (HttpClient proxy = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName("127.0.0.9"))
                .build()) {
            int status = 200;
            for (int sent = 0; sent <= 3 * limit && status == 200; sent++) {
                status = proxy.send(
                                HttpRequest.newBuilder(stats)
                                        .header("X-Forwarded-For", "203.0.113.7")
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            }
            assertThat(status).as("the scraper behind the proxy").isEqualTo(429);
            HttpResponse<Void> another = proxy.send(
                    HttpRequest.newBuilder(stats)
                            .header("X-Forwarded-For", "198.51.100.20")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(another.statusCode())
                    .as("another client behind the same proxy")
                    .isEqualTo(200);
        }
    }

    @Test
    void badFiltersAreA400() {
        visitor()
                .queryParam("trlMin", 8)
                .queryParam("trlMax", 3)
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("trlMin"));
        visitor()
                .queryParam("trlMin", 0)
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("trlMin"));
        visitor().queryParam("round", "nope").get("/api/v1/pool").then().statusCode(400);
        // OpenSearch pages through the first 10,000 hits only: deeper is a 400 naming page, never a 500.
        visitor()
                .queryParam("page", 500)
                .queryParam("size", 20)
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        visitor()
                .queryParam("page", 499)
                .queryParam("size", 20)
                .get("/api/v1/pool")
                .then()
                .statusCode(200);
        // A value that is not a number is the client's mistake (400 naming it), not a missing resource (404).
        visitor()
                .queryParam("page", "abc")
                .queryParam("trlMin", "x")
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.oneOf("page", "trlMin")));
        visitor().get("/api/v1/pool/by-industry/nothing-here").then().statusCode(404);
        visitor()
                .queryParam("transferMode", "LICENSE")
                .queryParam("transferMode", "NOPE")
                .queryParam("level", "SO_SO")
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.oneOf("transferMode[1]", "level")));
        // Bean validation of query parameters names them as the client wrote them, list items with their index.
        visitor()
                .queryParam("size", 101)
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        visitor()
                .queryParam("section", "C")
                .queryParam("section", "CC")
                .get("/api/v1/pool")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("section[1]"));
    }

    @Test
    void anUnconvertibleValue_namesExactlyItsParameter_notAGoodOneWithTheSameText() {
        assertThat(badFields(visitor().queryParam("q", "abc").queryParam("page", "abc")))
                .containsExactly("page");
        assertThat(badFields(
                        visitor().queryParam("q", "x").queryParam("trlMin", "x").queryParam("page", "abc")))
                .containsExactly("trlMin", "page");
        assertThat(badFields(visitor()
                        .queryParam("q", "NOPE")
                        .queryParam("transferMode", "LICENSE", "NOPE")
                        .queryParam("level", "SO_SO")))
                .containsExactly("transferMode[1]", "level");
        JsonPath sort = problem(visitor().queryParam("q", "random").queryParam("sort", "random"));
        assertThat(sort.getList("errors.field", String.class)).containsExactly("sort");
        assertThat(sort.getString("errors[0].message")).contains("[score, newest, trl]");
    }

    @Test
    void sort_isCaseSensitive_andAnEmptyOneIsTheDefault() {
        assertThat(ids(visitor().queryParam("sort", ""))).containsExactly(solar, wind, solarTwo, rice);
        assertThat(badFields(visitor().queryParam("sort", "TRL").queryParam("size", 5)))
                .containsExactly("sort");
    }

    private static List<String> badFields(RequestSpecification request) {
        return problem(request).getList("errors.field", String.class);
    }

    /** The 400 problem the pool search answers to this request. */
    private static JsonPath problem(RequestSpecification request) {
        return request.get("/api/v1/pool")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
    }
}
