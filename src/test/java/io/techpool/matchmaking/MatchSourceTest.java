package io.techpool.matchmaking;

import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investor;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Tokens;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchSourceTest {

    @Test
    void theFunnelCountsRequestsAndDealsPerSource_andPerEvent() {
        MatchFixtures pool = MatchFixtures.fresh();
        String event = UUID.randomUUID().toString();
        String fromEvent = send(pool.entry, Map.of("source", "EVENT", "sourceEventId", event));
        send(pool.entry, Map.of("source", "RECOMMENDATION"));
        send(pool.entry, Map.of());
        String owner = Tokens.institution(pool.owner);
        caller(owner)
                .post("/api/v1/match-requests/" + fromEvent + "/accept")
                .then()
                .statusCode(200);
        caller(owner)
                .body(Map.of("status", "IN_TALKS"))
                .post("/api/v1/match-requests/" + fromEvent + "/status")
                .then()
                .statusCode(200);
        caller(owner)
                .body(Map.of("status", "DEAL_SIGNED", "dealValue", 2000000))
                .post("/api/v1/match-requests/" + fromEvent + "/status")
                .then()
                .statusCode(200);

        caller(Tokens.operator())
                .get("/api/v1/matchmaking/funnel?round=" + pool.round)
                .then()
                .statusCode(200)
                .body("bySource.EVENT.requests", equalTo(1))
                .body("bySource.EVENT.deals", equalTo(1))
                .body("bySource.RECOMMENDATION.requests", equalTo(1))
                .body("bySource.RECOMMENDATION.deals", equalTo(0))
                .body("bySource.OTHER.requests", equalTo(1))
                .body("bySource.SEARCH.requests", equalTo(0))
                .body("byEvent.'" + event + "'.requests", equalTo(1))
                .body("byEvent.'" + event + "'.deals", equalTo(1));
    }

    @Test
    void anEventIdNeedsTheEventSource_andMustBeAnId() {
        MatchFixtures pool = MatchFixtures.shared();
        caller(investorToken(investor()))
                .body(body(Map.of(
                        "source", "SEARCH", "sourceEventId", UUID.randomUUID().toString())))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sourceEventId"));
        caller(investorToken(investor()))
                .body(body(Map.of("source", "EVENT", "sourceEventId", "nonsense")))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sourceEventId"));
        caller(investorToken(investor()))
                .body(body(Map.of("source", "ADVERT")))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400);
    }

    private static String send(String entry, Map<String, Object> source) {
        return caller(investorToken(investor()))
                .body(body(source))
                .post("/api/v1/pool/" + entry + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> body(Map<String, Object> source) {
        Map<String, Object> body = new HashMap<>(source);
        body.put("message", "希望进一步了解。");
        return body;
    }
}
