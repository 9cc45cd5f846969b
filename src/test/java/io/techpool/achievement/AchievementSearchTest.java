package io.techpool.achievement;

import static io.techpool.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Full-text search over achievements runs in OpenSearch, indexed asynchronously through the outbox. */
@QuarkusTest
class AchievementSearchTest {

    private static List<String> search(String org, String q) {
        return as(Tokens.institution(org))
                .queryParam("q", q)
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void aTwoCharacterChineseWordFindsTheAchievement() {
        String org = Fixtures.organization();
        String solar = Fixtures.draft(org);
        Map<String, Object> wind = Fixtures.achievement();
        wind.put("title", Map.of("zh", "海上风电叶片复合材料", "en", "Composite blades for offshore wind turbines"));
        wind.put("summary", Map.of("zh", "大型风力发电机叶片的轻量化设计。"));
        wind.put("keywords", List.of("风电", "叶片"));
        String windId = Fixtures.draft(org, wind);

        await().atMost(Duration.ofSeconds(20)).until(() -> search(org, "光伏").equals(List.of(solar)));
        await().atMost(Duration.ofSeconds(20)).until(() -> search(org, "风电").equals(List.of(windId)));
        assertNone(org, "水稻");
    }

    @Test
    void englishWordsAreStemmed() {
        String org = Fixtures.organization();
        String solar = Fixtures.draft(org);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> search(org, "photovoltaic cell").equals(List.of(solar)));
    }

    @Test
    void searchIsLimitedToTheCallersOrganization() {
        String org = Fixtures.organization();
        String other = Fixtures.organization();
        String mine = Fixtures.draft(org);
        Fixtures.draft(other);
        await().atMost(Duration.ofSeconds(20)).until(() -> search(org, "光伏").equals(List.of(mine)));
        as(Tokens.institution(org))
                .queryParam("q", "光伏")
                .get("/api/v1/achievements")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aPageBeyondTheSearchWindowIsRefused_notAServerError() {
        String org = Fixtures.organization();
        as(Tokens.institution(org))
                .queryParam("q", "光伏")
                .queryParam("page", 100)
                .queryParam("size", 100)
                .get("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        // The last page inside the window still answers.
        as(Tokens.institution(org))
                .queryParam("q", "光伏")
                .queryParam("page", 99)
                .queryParam("size", 100)
                .get("/api/v1/achievements")
                .then()
                .statusCode(200);
    }

    private static void assertNone(String org, String q) {
        as(Tokens.institution(org))
                .queryParam("q", q)
                .get("/api/v1/achievements")
                .then()
                .body("total", equalTo(0));
    }
}
