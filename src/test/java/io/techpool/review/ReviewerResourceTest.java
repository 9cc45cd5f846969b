package io.techpool.review;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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

    /** A reviewer of {@code org} edits their profile, naming {@code conflict} as a conflict. */
    private static ValidatableResponse edit(String org, String conflict) {
        return as(Tokens.token(Fixtures.uniqueName("edit"), "reviewer", org))
                .body(Map.of(
                        "name",
                        "陈教授",
                        "organizationCode",
                        org,
                        "expertise",
                        List.of("38", "35", "38"),
                        "conflicts",
                        Map.of("organizations", List.of(conflict), "achievements", List.of())))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(200);
    }

    @Test
    void editMe_storesNameConflicts_andExpertiseOnceAndSorted() {
        String conflict = Fixtures.organization();
        edit(Fixtures.organization(), conflict)
                .body("name", equalTo("陈教授"))
                .body("expertise", equalTo(List.of("35", "38")))
                .body("conflicts.organizations", equalTo(List.of(conflict)));
    }

    @Test
    void aReviewer_cannotChangeTheOrganizationTheTokenGives() {
        String org = Fixtures.organization();
        as(Tokens.token(Fixtures.uniqueName("move"), "reviewer", org))
                .body(Map.of("organizationCode", Fixtures.organization(), "expertise", List.of("38")))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationCode"));
    }

    /**
     * The conflict-of-interest bypass: a reviewer whose token carries no {@code org} could clear or change the
     * organization the operator registered and then be assigned their own organization's achievements.
     */
    @Test
    void aReviewerWithoutOrgClaim_cannotClearOrChangeTheOrganizationTheOperatorRegistered() {
        String org = Fixtures.organization();
        String username = Fixtures.uniqueName("noclaim");
        as(Tokens.operator())
                .body(Map.of("username", username, "name", "王研究员", "organizationCode", org, "expertise", List.of("38")))
                .post("/api/v1/reviewers")
                .then()
                .statusCode(201);
        String reviewer = Tokens.token(username, "reviewer", null);

        as(reviewer)
                .body(Map.of("organizationCode", Fixtures.organization(), "expertise", List.of("38")))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationCode"));
        as(reviewer)
                .body(Map.of("expertise", List.of("38", "39")))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(200)
                .body("organizationCode", equalTo(org))
                .body("expertise", equalTo(List.of("38", "39")));
        as(reviewer).get("/api/v1/reviewers/me").then().body("organizationCode", equalTo(org));
    }

    @Test
    void edit_returns400NamingEveryUnknownDivisionAndConflictOrganization() {
        as(Tokens.token(Fixtures.uniqueName("bad"), "reviewer", null))
                .body(Map.of(
                        "expertise", List.of("38", "99"),
                        "conflicts", Map.of("organizations", List.of("NOPE"), "achievements", List.of())))
                .put("/api/v1/reviewers/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("expertise[1]"))
                .body("errors.field", hasItem("conflicts.organizations[0]"));
    }

    @Test
    void edit_returns400NamingTheItem_forASectionAsExpertise() {
        as(Tokens.token(Fixtures.uniqueName("bad"), "reviewer", null))
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
