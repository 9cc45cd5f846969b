package io.techpool.investor;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Who an investor is (the token's subject), what of the token is stored, and the limits on what they keep. */
@QuarkusTest
class InvestorIdentityTest {

    @Test
    void me_withNamesLongerThanTheColumns_cutsThemForDisplay() {
        String username = Fixtures.uniqueName("long") + "x".repeat(200);
        String token = Tokens.sign(Tokens.claims(Fixtures.uniqueName("sub"), username, List.of("investor"), null)
                .claim("name", "长".repeat(300)));
        String name = as(token)
                .get("/api/v1/investors/me")
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        assertThat(name).hasSize(100).endsWith("…").startsWith("长长");
        as(token).get("/api/v1/investors/me").then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void me_calledManyTimesAtOnceFirst_createsOneProfile() throws Exception {
        String token = Tokens.token(Fixtures.uniqueName("race"), "investor", null);
        List<Response> answers = all(IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Response>) () -> as(token).get("/api/v1/investors/me"))
                .toList());
        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(r -> r.<String>path("id"))
                .containsOnly(answers.getFirst().<String>path("id"));
    }

    @Test
    void editMe_concurrently_answers200Or409_never500() throws Exception {
        String token = Tokens.token(Fixtures.uniqueName("stale"), "investor", null);
        as(token).get("/api/v1/investors/me").then().statusCode(200);
        List<Response> answers = all(IntStream.range(0, 12)
                .mapToObj(i -> (Callable<Response>) () -> as(token)
                        .body(Map.of("industries", List.of("38"), "trlMin", 1 + i % 5, "trlMax", 9))
                        .put("/api/v1/investors/me"))
                .toList());
        assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 200 || s == 409);
        assertThat(answers).extracting(Response::statusCode).contains(200);
    }

    @Test
    void aNewPersonUnderAReusedName_doesNotInheritTheProfileOrSavedSearches() {
        String username = Fixtures.uniqueName("reused");
        String first = Tokens.withSubject(Fixtures.uniqueName("sub-a"), username, "investor", null);
        String second = Tokens.withSubject(Fixtures.uniqueName("sub-b"), username, "investor", null);
        as(first)
                .body(Map.of("industries", List.of("38"), "trlMin", 4, "trlMax", 6))
                .put("/api/v1/investors/me")
                .then()
                .statusCode(200);
        String saved = as(first)
                .body(Map.of("name", "储能", "criteria", Map.of("q", "储能")))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(second)
                .get("/api/v1/investors/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("trlMin", equalTo(1))
                .body("industries.size()", equalTo(0));
        as(second)
                .get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(second).delete("/api/v1/investors/me/saved-searches/" + saved).then().statusCode(404);
        as(first).get("/api/v1/investors/me").then().statusCode(200).body("trlMin", equalTo(4));
    }

    @Test
    void anUnverifiedEmail_isNeitherStoredNorShown() {
        String username = Fixtures.uniqueName("unverified");
        as(Tokens.unverifiedEmail(username, "investor", null))
                .get("/api/v1/investors/me")
                .then()
                .statusCode(200)
                .body("email", nullValue())
                .body("emailVerified", equalTo(false));
        assertThat(PageClient.as(Tokens.unverifiedEmail(username, "investor", null))
                        .page("/investor/profile")
                        .select("[data-email-unverified]"))
                .hasSize(1);
        as(Tokens.token(username, "investor", null))
                .get("/api/v1/investors/me")
                .then()
                .body("email", equalTo(username + "@example.org"))
                .body("emailVerified", equalTo(true));
    }

    @Test
    void savedSearches_stopAtTheLimit_with409() {
        String token = Tokens.token(Fixtures.uniqueName("many"), "investor", null);
        for (int i = 0; i < SavedSearchService.LIMIT; i++) {
            as(token)
                    .body(Map.of("name", "检索 " + i, "criteria", Map.of("q", "储能 " + i)))
                    .post("/api/v1/investors/me/saved-searches")
                    .then()
                    .statusCode(201);
        }
        as(token)
                .header("Accept-Language", "en")
                .body(Map.of("name", "one too many", "criteria", Map.of("q", "储能")))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(String.valueOf(SavedSearchService.LIMIT)));
        as(token)
                .queryParam("size", 5)
                .queryParam("page", 1)
                .get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(5))
                .body("total", equalTo(SavedSearchService.LIMIT));
        as(token)
                .queryParam("size", 101)
                .get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(400);
        assertThat(PageClient.as(token)
                        .page("/investor/saved-searches")
                        .select("[data-saved-search-count=" + SavedSearchService.LIMIT + "]"))
                .hasSize(1);
    }

    static List<Response> all(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
