package io.techpool.pool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One search of the pool is one search request to OpenSearch, facets and highlights included. Counted by the
 * node itself: its {@code indices.search.query_total} grows by one per shard a search request reaches, so a
 * direct search of the pool's index first measures what one request adds. Nothing else searches meanwhile: the
 * tests run one after the other and the scheduled jobs are off in tests.
 */
@QuarkusTest
class PoolSearchRequestCountTest {

    private static final Pattern QUERY_TOTAL = Pattern.compile("\"query_total\"\\s*:\\s*(\\d+)");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String round;

    @BeforeEach
    void publishASolarEntryOnce() {
        if (round != null) {
            return;
        }
        String owner = Fixtures.organization();
        String solar =
                PublishedPool.achievement(owner, "分布式光伏并网逆变器", "Grid-tied PV inverter", "38", 6, List.of("LICENSE"));
        Map<String, Integer> scores = new java.util.HashMap<>(Map.of(solar, 90));
        for (int i = 0; i < 4; i++) {
            scores.put(PublishedPool.achievement(owner, "陪衬" + i, null, "38", 5, List.of("COOPERATION")), 50);
        }
        round = Fixtures.publishRound(scores);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().queryParam("q", "光伏")
                                .queryParam("round", round)
                                .get("/api/v1/pool")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("total")
                        == 1);
    }

    @Test
    void apiSearch_sendsOneSearchRequestToOpenSearch() throws Exception {
        long oneRequest = searchesDuring(() -> search("/pool-read/_search", "{\"size\":0}"));
        assertThat(oneRequest).isPositive();

        long api = searchesDuring(() -> given().queryParam("q", "光伏")
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        assertThat(api).as("shard queries of one API search").isPositive().isLessThanOrEqualTo(oneRequest);
    }

    @Test
    void searchPage_sendsOneSearchRequestToOpenSearch() throws Exception {
        long oneRequest = searchesDuring(() -> search("/pool-read/_search", "{\"size\":0}"));

        long page = searchesDuring(() -> given().accept("text/html")
                .queryParam("q", "光伏")
                .get("/pool")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-entry-id")));

        assertThat(page).as("shard queries of one search page").isPositive().isLessThanOrEqualTo(oneRequest);
    }

    private interface Action {
        void run() throws Exception;
    }

    /** How much the node's search counter grew while {@code action} ran. */
    private static long searchesDuring(Action action) throws Exception {
        long before = queryTotal();
        action.run();
        return queryTotal() - before;
    }

    private static long queryTotal() throws Exception {
        String stats = search("/_nodes/stats/indices/search", null);
        Matcher total = QUERY_TOTAL.matcher(stats);
        assertThat(total.find()).as("query_total in %s", stats).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static String search(String path, String body) throws Exception {
        String host =
                ConfigProvider.getConfig().getValue("quarkus.hibernate-search-orm.elasticsearch.hosts", String.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + path));
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }
}
