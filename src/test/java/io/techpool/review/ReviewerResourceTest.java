package io.techpool.review;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewerResourceTest {

    @Test
    void theFirstCallCreatesTheProfileFromTheToken() {
        String org = Fixtures.organization();
        String username = Fixtures.uniqueName("first");
        as(Tokens.token(username, "reviewer", org))
                .get("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("organizationCode", equalTo(org))
                .body("expertise", equalTo(List.of()));
    }

    @Test
    void aReviewerEditsExpertiseAndConflicts_butTheTokensOrganizationWins() {
        String org = Fixtures.organization();
        String conflict = Fixtures.organization();
        String username = Fixtures.uniqueName("edit");
        as(Tokens.token(username, "reviewer", org))
                .body(Map.of(
                        "name",
                        "陈教授",
                        "organizationCode",
                        conflict,
                        "expertise",
                        List.of("38", "35", "38"),
                        "conflicts",
                        Map.of("organizations", List.of(conflict), "achievements", List.of())))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("陈教授"))
                .body("organizationCode", equalTo(org))
                .body("expertise", equalTo(List.of("35", "38")))
                .body("conflicts.organizations", equalTo(List.of(conflict)));
    }

    @Test
    void edit_returns400_forUnknownDivisionsAndOrganizations() {
        String username = Fixtures.uniqueName("bad");
        as(Tokens.token(username, "reviewer", null))
                .body(Map.of(
                        "expertise", List.of("38", "99"),
                        "organizationCode", "NO-SUCH-ORG",
                        "conflicts", Map.of("organizations", List.of("NOPE"), "achievements", List.of())))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("expertise[1]"))
                .body("errors.field", hasItem("organizationCode"))
                .body("errors.field", hasItem("conflicts.organizations[0]"));
        as(Tokens.token(username, "reviewer", null))
                .body(Map.of("expertise", List.of("C")))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("expertise[0]"));
    }

    @Test
    void profilesAreForReviewersThemselves_andOperators() {
        String org = Fixtures.organization();
        as(Tokens.institution(org)).get("/api/v1/reviewers/me").then().statusCode(403);
        as(Tokens.investor(org)).get("/api/v1/reviewers/me").then().statusCode(403);
        given().get("/api/v1/reviewers/me").then().statusCode(401);
        as(Tokens.token(Fixtures.uniqueName("r"), "reviewer", org))
                .get("/api/v1/reviewers")
                .then()
                .statusCode(403);
    }

    @Test
    void anOperatorRegistersAnExpertAheadOfTheFirstLogin() {
        String org = Fixtures.organization();
        String username = Fixtures.uniqueName("ahead");
        as(Tokens.operator())
                .body(Map.of("username", username, "name", "刘研究员", "organizationCode", org, "expertise", List.of("27")))
                .post("/api/v1/reviewers")
                .then()
                .statusCode(201)
                .body("expertise", equalTo(List.of("27")));
        as(Tokens.token(username, "reviewer", org))
                .get("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("刘研究员"))
                .body("expertise", equalTo(List.of("27")));
        as(Tokens.operator())
                .body(Map.of("username", username, "name", "again", "expertise", List.of("27")))
                .post("/api/v1/reviewers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(Tokens.operator())
                .queryParam("size", 100)
                .get("/api/v1/reviewers")
                .then()
                .statusCode(200)
                .body("items.username", hasItem(username));
    }
}
