package io.techpool.organization;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class OrganizationResourceTest {

    private static Map<String, Object> body(String code, String region) {
        return Map.of(
                "code",
                code,
                "name",
                Map.of("zh", "兰州理工大学", "en", "Lanzhou University of Technology"),
                "kind",
                "UNIVERSITY",
                "region",
                region);
    }

    private static String freshCode() {
        return "O" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void create_returns201_withLocation() {
        String code = freshCode();
        as(Tokens.operator())
                .body(body(code, "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/organizations/" + code))
                .body("name.zh", equalTo("兰州理工大学"))
                .body("poolEntries", equalTo(0));
    }

    @Test
    void get_answersAnyone_withoutAToken() {
        String code = Fixtures.organization("620100");
        given().get("/api/v1/organizations/" + code)
                .then()
                .statusCode(200)
                .body("kind", equalTo("UNIVERSITY"))
                .body("region", equalTo("620100"));
    }

    @Test
    void create_returns401_whenAnonymous() {
        given().contentType(ContentType.JSON)
                .body(body(freshCode(), "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void create_returns401_whenTokenIsForged() {
        given().auth()
                .oauth2(Tokens.operator() + "x")
                .contentType(ContentType.JSON)
                .body(body(freshCode(), "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void create_returns401_whenTokenIsForAnotherAudience() {
        as(Tokens.operatorForAnotherAudience())
                .body(body(freshCode(), "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void create_returns403_forInstitution() {
        as(Tokens.institution("10730"))
                .body(body(freshCode(), "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void create_returns409_whenCodeExists() {
        String code = Fixtures.organization();
        as(Tokens.operator())
                .body(body(code, "620100"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({
        "region, 62010",
        "region, ABCDEF",
        "code, has space",
    })
    void create_returns400_withFieldError(String field, String value) {
        Map<String, Object> body = new java.util.HashMap<>(body(freshCode(), "620100"));
        body.put(field, value);
        as(Tokens.operator())
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void create_returns400_forUnknownKind() {
        Map<String, Object> body = new java.util.HashMap<>(body(freshCode(), "620100"));
        body.put("kind", "CASTLE");
        as(Tokens.operator())
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", startsWith("must be one of: UNIVERSITY"));
    }

    @Test
    void update_changesNameAndRegion() {
        String code = Fixtures.organization();
        as(Tokens.operator())
                .body(Map.of("name", Map.of("zh", "新名称"), "kind", "INSTITUTE", "region", "110100"))
                .put("/api/v1/organizations/" + code)
                .then()
                .statusCode(200)
                .body("name.zh", equalTo("新名称"))
                .body("kind", equalTo("INSTITUTE"));
        given().get("/api/v1/organizations/" + code).then().body("region", equalTo("110100"));
    }

    @Test
    void update_returns403_forInvestor() {
        String code = Fixtures.organization();
        as(Tokens.investor("X"))
                .body(body(code, "620100"))
                .put("/api/v1/organizations/" + code)
                .then()
                .statusCode(403);
    }

    @Test
    void update_returns404_forUnknownCode() {
        as(Tokens.operator())
                .body(body("NOPE", "620100"))
                .put("/api/v1/organizations/NOPE-" + freshCode())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void list_answersAnyone_inPagesOfUpTo100() {
        String code = Fixtures.organization();
        given().queryParam("size", 100)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("size", equalTo(100));
        given().get("/api/v1/organizations/" + code).then().statusCode(200);
    }

    @Test
    void list_returns400_forPagesOver100() {
        given().queryParam("size", 101)
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void get_returns404_forUnknownCode() {
        given().get("/api/v1/organizations/" + freshCode())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("未找到"));
    }

    /** Both pass the "exists?" check; the second insert meets the first's row: 409, not the database's 500. */
    @Test
    void create_concurrentlyWithOneCode_answers201Once_and409ToTheRest() throws Exception {
        String code = freshCode();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Callable<Integer>> calls = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> as(Tokens.operator())
                            .body(body(code, "620100"))
                            .post("/api/v1/organizations")
                            .statusCode())
                    .toList();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(201, 409);
            org.assertj.core.api.Assertions.assertThat(statuses)
                    .filteredOn(s -> s == 201)
                    .hasSize(1);
        } finally {
            pool.shutdown();
        }
    }
}
