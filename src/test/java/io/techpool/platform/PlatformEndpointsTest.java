package io.techpool.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readiness_coversTheDatabase_andTheSearchClusterIsReportedBeside() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("Search cluster health check")));
        given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("Search cluster health check"));
    }

    @Test
    void openApi_describesTheApi() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/achievements"));
    }

    @Test
    void metrics_countHttpRequests() {
        given().auth()
                .oauth2(Tokens.operator())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
    }

    @Test
    void swaggerUi_isServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPath_isA404Problem() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethod_isA405Problem() {
        given().auth()
                .oauth2(Tokens.operator())
                .delete("/api/v1/industries")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }
}
