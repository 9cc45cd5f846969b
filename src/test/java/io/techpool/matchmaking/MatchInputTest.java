package io.techpool.matchmaking;

import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investor;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static io.techpool.matchmaking.MatchFixtures.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Amounts beyond their columns, unverified addresses and reused names on the way into matchmaking. */
@QuarkusTest
class MatchInputTest {

    @Test
    void request_returns400NamingTheBudget_beyondItsColumn_notTheOpenRequestConflict() {
        MatchFixtures pool = MatchFixtures.shared();
        caller(investorToken(investor()))
                .body(Map.of("message", "预算很大", "budgetMin", 1, "budgetMax", 1e20))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("budgetMax"));
    }

    @Test
    void status_returns400NamingTheDealValue_beyondItsColumn() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = request(investor, pool.entry, "你好");
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200);
        caller(investorToken(investor))
                .body(Map.of("status", "IN_TALKS"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(200);
        caller(investorToken(investor))
                .body(Map.of("status", "DEAL_SIGNED", "dealValue", new java.math.BigDecimal("1e20")))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("dealValue"));
    }

    @Test
    void anUnverifiedEmail_isNotRevealedToTheOwner() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = caller(Tokens.unverifiedEmail(investor, "investor", null))
                .body(Map.of("message", "未验证邮箱"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("investorContact.email", nullValue());
    }

    @Test
    void aNewPersonUnderAReusedName_doesNotInheritRequests() {
        MatchFixtures pool = MatchFixtures.shared();
        String username = Fixtures.uniqueName("reused");
        String first = Tokens.withSubject(Fixtures.uniqueName("sub-a"), username, "investor", null);
        String second = Tokens.withSubject(Fixtures.uniqueName("sub-b"), username, "investor", null);
        String id = caller(first)
                .body(Map.of("message", "第一个人"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        caller(second).get("/api/v1/match-requests/" + id).then().statusCode(404);
        caller(second)
                .get("/api/v1/match-requests?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        // Their own request on the same entry is theirs, not a duplicate of the other person's.
        caller(second)
                .body(Map.of("message", "第二个人"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(201);
        caller(first).get("/api/v1/match-requests/" + id).then().statusCode(200).body("message", equalTo("第一个人"));
    }
}
