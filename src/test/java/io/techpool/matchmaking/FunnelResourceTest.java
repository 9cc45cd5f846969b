package io.techpool.matchmaking;

import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investor;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static io.techpool.matchmaking.MatchFixtures.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunnelResourceTest {

    @Test
    void theFunnelCountsARoundsRequestsByStatusSectionAndRound() {
        MatchFixtures pool = MatchFixtures.fresh();
        String owner = Tokens.institution(pool.owner);
        String signed = investor();
        String closed = investor();
        String signedId = request(signed, pool.entry, "签约");
        String closedId = request(closed, pool.entry, "关闭");
        String declinedId = request(investor(), pool.entry, "拒绝");
        request(investor(), pool.entry, "等待");
        caller(owner)
                .post("/api/v1/match-requests/" + signedId + "/accept")
                .then()
                .statusCode(200);
        caller(owner)
                .post("/api/v1/match-requests/" + closedId + "/accept")
                .then()
                .statusCode(200);
        caller(owner)
                .body(Map.of())
                .post("/api/v1/match-requests/" + declinedId + "/decline")
                .then()
                .statusCode(200);
        for (String status : new String[] {"IN_TALKS", "DEAL_SIGNED"}) {
            caller(investorToken(signed))
                    .body(Map.of("status", status))
                    .post("/api/v1/match-requests/" + signedId + "/status")
                    .then()
                    .statusCode(200);
        }
        caller(owner)
                .body(Map.of("status", "CLOSED"))
                .post("/api/v1/match-requests/" + closedId + "/status")
                .then()
                .statusCode(200);

        caller(Tokens.operator())
                .queryParam("round", pool.round)
                .get("/api/v1/matchmaking/funnel")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("byStatus.REQUESTED", equalTo(1))
                .body("byStatus.ACCEPTED", equalTo(0))
                .body("byStatus.DECLINED", equalTo(1))
                .body("byStatus.DEAL_SIGNED", equalTo(1))
                .body("byStatus.CLOSED", equalTo(1))
                .body("bySection.C", equalTo(4))
                .body("byRound.'" + pool.round + "'", equalTo(4))
                .body("medianHoursToAcceptance", notNullValue())
                .body("conversionRate", equalTo(0.25f));
        caller(Tokens.operator()).get("/api/v1/matchmaking/funnel").then().statusCode(200);
    }

    @Test
    void theFunnelIsTheOperatorsOnly() {
        caller(investorToken(investor()))
                .get("/api/v1/matchmaking/funnel")
                .then()
                .statusCode(403);
        caller(Tokens.institution("X1"))
                .get("/api/v1/matchmaking/funnel")
                .then()
                .statusCode(403);
        caller(Tokens.operator())
                .queryParam("round", "nope")
                .get("/api/v1/matchmaking/funnel")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
