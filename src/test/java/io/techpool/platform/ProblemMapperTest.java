package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems speak the caller's language: Chinese by default, English on {@code Accept-Language: en}. */
@QuarkusTest
class ProblemMapperTest {

    private static final Map<String, Object> BAD_ORGANIZATION =
            Map.of("code", "LANG-TEST", "name", Map.of("zh", "x".repeat(101)), "kind", "UNIVERSITY", "region", "62");

    @Test
    void domainProblem_isChinese_byDefault() {
        given().get("/api/v1/organizations/NO-SUCH-ORG")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("没有代码为 NO-SUCH-ORG 的单位。"));
    }

    @Test
    void domainProblem_isEnglish_whenAskedFor() {
        given().header("Accept-Language", "en-GB, zh;q=0.5")
                .get("/api/v1/organizations/NO-SUCH-ORG")
                .then()
                .statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("There is no organization NO-SUCH-ORG."));
    }

    @Test
    void domainProblem_isChinese_whenAcceptLanguageIsMalformedOrUnsupported() {
        for (String header : new String[] {"de-DE", "@@@;q=x", "en;q=0, fr"}) {
            given().header("Accept-Language", header)
                    .get("/api/v1/organizations/NO-SUCH-ORG")
                    .then()
                    .statusCode(404)
                    .body("title", equalTo("未找到"));
        }
    }

    @Test
    void validationMessages_ownAndBuiltIn_areChinese_byDefault() {
        as(Tokens.operator())
                .body(BAD_ORGANIZATION)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("detail", equalTo("请求中有无效字段。"))
                .body("errors.message", hasItem("必须是 6 位 GB/T 2260 行政区划代码"))
                .body("errors.find { it.field == 'name.zh' }.message", equalTo("个数必须在0和100之间"));
    }

    @Test
    void validationMessages_ownAndBuiltIn_areEnglish_whenAskedFor() {
        as(Tokens.operator())
                .header("Accept-Language", "en")
                .body(BAD_ORGANIZATION)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("detail", equalTo("The request has invalid fields."))
                .body("errors.message", hasItem("must be a 6-digit GB/T 2260 administrative division code"))
                .body("errors.find { it.field == 'name.zh' }.message", equalTo("size must be between 0 and 100"));
    }

    @Test
    void fieldErrorOfAService_speaksTheCallersLanguage() {
        as(Tokens.operator())
                .get("/api/v1/matchmaking/funnel?round=not-an-id")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("round"))
                .body("errors[0].message", equalTo("不是有效的编号"));
        as(Tokens.operator())
                .header("Accept-Language", "en")
                .get("/api/v1/matchmaking/funnel?round=not-an-id")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("not an id"));
    }
}
