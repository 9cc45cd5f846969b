package io.techpool.scoring;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.techpool.Tokens;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringRulesResourceTest {

    @Test
    void list_containsTheShippedRuleSets_withoutAToken() {
        given().when()
                .get("/api/v1/scoring-rules")
                .then()
                .statusCode(200)
                .body("items.id", hasItems("default", "section-zscore"))
                .body("total", greaterThanOrEqualTo(2))
                .body("items.find { it.id == 'section-zscore' }.normalization", equalTo("zscore"))
                .body("items.find { it.id == 'section-zscore' }.selection.scope", equalTo("industry_section"));
    }

    @Test
    void get_showsWeightsReviewsSelectionAndTheRubricInChineseAndEnglish() {
        given().config(RestAssured.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)))
                .when()
                .get("/api/v1/scoring-rules/default")
                .then()
                .statusCode(200)
                .body("id", equalTo("default"))
                .body("version", equalTo(1))
                .body("title.en", equalTo("Default review rules"))
                .body("dimensions.key", contains("market_potential", "economic_value", "technical_content"))
                .body(
                        "dimensions.weight",
                        contains(new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.3")))
                .body("dimensions.find { it.key == 'technical_content' }.title.zh", equalTo("技术含量"))
                .body("dimensions.find { it.key == 'technical_content' }.rubric[0].zh", startsWith("国际领先"))
                .body(
                        "dimensions.find { it.key == 'technical_content' }.rubric[0].en",
                        startsWith("Internationally leading"))
                .body("dimensions.rubric.flatten().en", everyItem(not(emptyOrNullString())))
                .body("reviews.assign", equalTo(5))
                .body("reviews.required", equalTo(3))
                .body("reviews.maxLoad", equalTo(40))
                .body("aggregation", equalTo("trimmed_mean"))
                .body("selection.scope", equalTo("global"))
                .body("selection.tieBreak[0]", equalTo("technical_content"));
    }

    @Test
    void get_findsAGivenVersion() {
        given().get("/api/v1/scoring-rules/section-zscore?version=1")
                .then()
                .statusCode(200)
                .body("id", equalTo("section-zscore"));
    }

    @Test
    void get_isA404Problem_forAnUnknownId() {
        given().header("Accept-Language", "en")
                .get("/api/v1/scoring-rules/no-such-rules")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-rules"));
    }

    @Test
    void get_isA404Problem_forAnUnknownVersion() {
        given().auth()
                .oauth2(Tokens.operator())
                .get("/api/v1/scoring-rules/default?version=99")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("99"));
    }
}
