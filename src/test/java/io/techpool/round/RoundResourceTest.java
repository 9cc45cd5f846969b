package io.techpool.round;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoundResourceTest {

    private static Map<String, Object> body(String rulesId, int version, OffsetDateTime deadline) {
        return Map.of(
                "name",
                "2026 年第一批",
                "rulesId",
                rulesId,
                "rulesVersion",
                version,
                "reviewDeadline",
                deadline.toString());
    }

    @Test
    void create_returns201_andTheRoundIsOpen() {
        as(Tokens.operator())
                .body(body("default", 1, OffsetDateTime.now().plusDays(10)))
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("rulesId", equalTo("default"))
                .body("achievements", equalTo(0));
    }

    @Test
    void create_returns400NamingRulesVersion_forUnknownRules() {
        as(Tokens.operator())
                .body(body("default", 99, OffsetDateTime.now().plusDays(1)))
                .post("/api/v1/rounds")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rulesVersion"));
    }

    @Test
    void create_returns400NamingReviewDeadline_forAPastDeadline() {
        as(Tokens.operator())
                .body(body("default", 1, OffsetDateTime.now().minusDays(1)))
                .post("/api/v1/rounds")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reviewDeadline"));
    }

    @Test
    void rounds_areForOperatorsOnly() {
        String org = Fixtures.organization();
        as(Tokens.institution(org))
                .body(body("default", 1, OffsetDateTime.now().plusDays(1)))
                .post("/api/v1/rounds")
                .then()
                .statusCode(403);
        as(Tokens.reviewer(org)).get("/api/v1/rounds").then().statusCode(403);
        given().contentType(ContentType.JSON).get("/api/v1/rounds").then().statusCode(401);
        as(Tokens.operator())
                .get("/api/v1/rounds/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** A round without panel, open for a week. */
    private static String openRound() {
        return Fixtures.round(List.of(), OffsetDateTime.now().plusDays(7));
    }

    @Test
    void closeRegistration_takesEverySubmittedAchievementUnderReview() {
        String org = Fixtures.organization();
        String submitted = Fixtures.submitted(org);
        String round = openRound();
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/close-registration")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVIEWING"))
                .body("registrationClosedAt", notNullValue());
        as(Tokens.institution(org))
                .get("/api/v1/achievements/" + submitted)
                .then()
                .body("status", equalTo("UNDER_REVIEW"))
                .body("roundId", equalTo(round));
    }

    @Test
    void closeRegistration_leavesADraftOut() {
        String org = Fixtures.organization();
        String draft = Fixtures.draft(org);
        Fixtures.closeRegistration(openRound());
        as(Tokens.institution(org)).get("/api/v1/achievements/" + draft).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void closeRegistration_leavesOutWhatIsSubmittedLater() {
        Fixtures.closeRegistration(openRound());
        String org = Fixtures.organization();
        String late = Fixtures.submitted(org);
        as(Tokens.institution(org)).get("/api/v1/achievements/" + late).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void closeRegistration_returns409_whenAlreadyClosed() {
        String round = openRound();
        Fixtures.closeRegistration(round);
        as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/close-registration")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void withdraw_returns409_underReview() {
        String org = Fixtures.organization();
        String submitted = Fixtures.submitted(org);
        Fixtures.closeRegistration(openRound());
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + submitted + "/withdraw")
                .then()
                .statusCode(409);
    }

    @Test
    void assignments_needARoundUnderReview() {
        as(Tokens.operator())
                .post("/api/v1/rounds/" + openRound() + "/assignments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void list_isPaged() {
        Fixtures.round(java.util.List.of(), java.time.OffsetDateTime.now().plusDays(7));
        Fixtures.round(java.util.List.of(), java.time.OffsetDateTime.now().plusDays(7));
        as(Tokens.operator())
                .queryParam("size", 1)
                .get("/api/v1/rounds")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1))
                .body("size", org.hamcrest.Matchers.equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        as(Tokens.operator())
                .queryParam("size", 101)
                .get("/api/v1/rounds")
                .then()
                .statusCode(400);
    }
}
