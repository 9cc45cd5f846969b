package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input that once reached the database (or got through) is refused up front with a problem naming it. */
@QuarkusTest
class InputHardeningTest {

    @Test
    void nulInAQueryParameter_returns400NamingIt() {
        as(Tokens.institution(Fixtures.organization()))
                .urlEncodingEnabled(false)
                .get("/api/v1/achievements?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }

    @Test
    void nulInAPathSegment_returns400NamingIt() {
        as(Tokens.operator())
                .urlEncodingEnabled(false)
                .get("/api/v1/organizations/a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void nulInAFormField_showsTheFormAgainNamingIt_andSavesNothing() {
        String investor = Fixtures.uniqueName("nulform");
        PageClient page = PageClient.as(Tokens.token(investor, "investor", null));
        page.post("/investor/saved-searches/new", "/investor/saved-searches", Map.of("name", "光伏\u0000", "q", "光伏"))
                .then()
                .statusCode(400)
                .body(containsString("U+0000"));
        as(Tokens.token(investor, "investor", null))
                .get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void securityHeaders_areOnApiAnswersToo() {
        given().get("/api/v1/industries")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", notNullValue())
                .header("Referrer-Policy", notNullValue());
    }

    @Test
    void metrics_areForOperatorsAndTheScraper_notForEveryone() {
        given().get("/q/metrics").then().statusCode(401);
        as(Tokens.investor("INV-M")).get("/q/metrics").then().statusCode(403);
        as(Tokens.token(Fixtures.uniqueName("scraper"), List.of("metrics"), null))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
    }

    @Test
    void anOrgClaimLongerThanAnyOrganizationCode_returns403_notA500() {
        as(Tokens.token(Fixtures.uniqueName("longorg"), "investor", "X".repeat(300)))
                .get("/api/v1/investors/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
