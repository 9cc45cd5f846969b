package io.techpool.achievement;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule of an achievement answers 400 with the field named, and writes nothing. */
@QuarkusTest
class AchievementValidationTest {

    private String org;

    @BeforeEach
    void organization() {
        org = Fixtures.organization();
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                invalid("title", b -> b.remove("title")),
                invalid("title.zh", b -> ((Map<String, Object>) b.get("title")).put("zh", " ")),
                // ideographic spaces and zero-width characters show as nothing, as a blank title does
                invalid("title.zh", b -> ((Map<String, Object>) b.get("title")).put("zh", "\u3000\u3000")),
                invalid(
                        "title.zh",
                        b -> ((Map<String, Object>) b.get("title")).put("zh", "\u200B\u200C\u200D\uFEFF\u2060")),
                invalid("summary.zh", b -> ((Map<String, Object>) b.get("summary")).put("zh", "\u3000\u200B")),
                invalid("team[0].name", b -> b.put("team", List.of(Map.of("name", "\u3000", "role", "负责人")))),
                invalid("title.zh", b -> ((Map<String, Object>) b.get("title")).put("zh", "光".repeat(201))),
                invalid("title.en", b -> ((Map<String, Object>) b.get("title")).put("en", "x".repeat(301))),
                invalid("summary.zh", b -> ((Map<String, Object>) b.get("summary")).remove("zh")),
                invalid("summary.zh", b -> ((Map<String, Object>) b.get("summary")).put("zh", "长".repeat(4001))),
                invalid("keywords", b -> b.put("keywords", List.of())),
                invalid("keywords", b -> b.put("keywords", Collections.nCopies(11, "光伏"))),
                invalid("keywords[0]", b -> b.put("keywords", List.of(""))),
                invalid("type", b -> b.remove("type")),
                invalid("industryCode", b -> b.put("industryCode", "C")),
                invalid("industryCode", b -> b.put("industryCode", "99")),
                invalid("industryCode", b -> b.remove("industryCode")),
                invalid("trl", b -> b.put("trl", 0)),
                invalid("trl", b -> b.put("trl", 10)),
                invalid("stage", b -> b.remove("stage")),
                invalid("innovation", b -> b.remove("innovation")),
                invalid("level", b -> b.remove("level")),
                invalid("ipRights[0].number", b -> b.put("ipRights", List.of(Map.of("kind", "DESIGN", "title", "外观")))),
                invalid("ipRights[0].kind", b -> b.put("ipRights", List.of(Map.of("number", "1", "title", "外观")))),
                invalid("transferModes", b -> b.put("transferModes", List.of())),
                invalid("askingPrice", b -> b.put("askingPrice", -1)),
                invalid("askingPrice", b -> b.put("askingPrice", 1.005)),
                invalid("team", b -> b.put("team", List.of())),
                invalid("team[0].name", b -> b.put("team", List.of(Map.of("role", "负责人")))),
                invalid("contact", b -> b.remove("contact")),
                invalid(
                        "contact.email",
                        b -> b.put("contact", Map.of("name", "王芳", "phone", "13800000000", "email", "not-an-email"))),
                invalid(
                        "contact.phone",
                        b -> b.put("contact", Map.of("name", "王芳", "phone", "call me", "email", "a@example.org"))));
    }

    private static Arguments invalid(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void create_returns400_namingTheField(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Fixtures.achievement();
        change.accept(body);
        as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        as(Tokens.institution(org)).get("/api/v1/achievements").then().body("total", equalTo(0));
    }

    @Test
    void create_returns400_forUnknownEnumValue_listingTheAllowedOnes() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("type", "MAGIC");
        as(Tokens.institution(org))
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must be one of: APPLIED_TECHNOLOGY, BASIC_THEORY, SOFT_SCIENCE"));
    }

    @Test
    void create_returns400_forUnknownEnumInsideAList() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("transferModes", new ArrayList<>(List.of("LICENSE", "GIFT")));
        as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("transferModes[1]"));
    }

    @Test
    void create_returns400_namingAnUnknownField_andCreatesNothing() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("tittle", "拼错的字段");
        long before = as(Tokens.institution(org))
                .get("/api/v1/achievements")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("tittle"))
                .body("errors[0].message", equalTo("没有这个字段：请检查字段名的拼写（见 API 文档）。"));
        as(Tokens.institution(org)).get("/api/v1/achievements").then().body("total", equalTo((int) before));
    }

    @Test
    void create_returns400_forANulCharacterInAnyText_namingTheField() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "光伏\u0000组件", "en", "PV"));
        as(Tokens.institution(org))
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title.zh"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)."));
    }

    @Test
    void create_returns400_forMalformedJson() {
        as(Tokens.institution(org))
                .body("{\"title\": {\"zh\": \"光伏\"")
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("请求无效"));
    }

    @Test
    void create_returns400_forAWrongType() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("trl", "six");
        as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("trl"));
    }

    @Test
    void create_returns400_forAnEmptyBody() {
        as(Tokens.institution(org))
                .body("")
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void create_returns415_forAWrongMediaType() {
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.institution(org))
                .contentType(ContentType.TEXT)
                .body("高效光伏电池材料")
                .post("/api/v1/achievements")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void create_returns413_forABodyOverTheLimit() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("padding", "光".repeat(1_000_000));
        as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    /**
     * A body sent in chunks declares no length; it is counted as it is read and refused the same way. Sent with
     * the JDK client, whose body of unknown length goes chunked.
     */
    @Test
    void create_returns413_forAChunkedBodyOverTheLimit() throws Exception {
        Map<String, Object> body = Fixtures.achievement();
        body.put("summary", Map.of("zh", "光".repeat(1_000_000)));
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/achievements"))
                .header("Authorization", "Bearer " + Tokens.institution(org))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(json)))
                .build();
        var answer = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void messagesFollowAcceptLanguage() {
        Map<String, Object> body = Fixtures.achievement();
        body.put("trl", 0);
        as(Tokens.institution(org))
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("title", equalTo("Bad request"))
                .body("errors[0].message", equalTo("must be greater than or equal to 1"));
        as(Tokens.institution(org))
                .body(body)
                .post("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("title", equalTo("请求无效"))
                .body("errors[0].message", equalTo("最小不能小于1"));
    }
}
