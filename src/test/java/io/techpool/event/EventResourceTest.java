package io.techpool.event;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static io.techpool.event.EventFixtures.body;
import static io.techpool.event.EventFixtures.create;
import static io.techpool.event.EventFixtures.investor;
import static io.techpool.event.EventFixtures.investorToken;
import static io.techpool.event.EventFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {

    @Test
    void create_returns201_andAnyoneSeesItWithItsEntriesAsCards() {
        Map<String, Object> body = body();
        String id = create(body);

        given().get("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("title.zh", equalTo("兰州新能源成果路演"))
                .body("kind", equalTo("OFFLINE"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("startsAt", containsString("+08:00"))
                .body("status", equalTo("SCHEDULED"))
                .body("sequence", equalTo(0))
                .body("placesLeft", equalTo(50))
                .body("registrationOpen", equalTo(true))
                .body("entries", hasSize(1))
                .body("entries[0].id", equalTo(PublishedPool.get().fit))
                .body("entries[0].title.zh", equalTo("智能电网储能变流器"))
                .body("entries[0].contact", nullValue())
                .body("entries[0].achievement", nullValue());
        assertThat(OffsetDateTime.parse(given().get("/api/v1/events/" + id).path("startsAt")))
                .isEqualTo(OffsetDateTime.parse((String) body.get("startsAt")));
    }

    @Test
    void list_showsUpcomingSoonestFirst_andPastOnRequest() {
        Map<String, Object> later = body();
        OffsetDateTime laterStart = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40);
        later.put("startsAt", laterStart.toString());
        later.put("endsAt", laterStart.plusHours(1).toString());
        String laterId = create(later);
        String sooner = create(body());

        List<String> upcoming = given().get("/api/v1/events?size=100")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .extract()
                .path("items.id");
        assertThat(upcoming).contains(sooner, laterId);
        assertThat(upcoming.indexOf(sooner)).isLessThan(upcoming.indexOf(laterId));

        given().get("/api/v1/events?past=true&size=100").then().statusCode(200).body("items.id", not(hasItem(sooner)));
        given().get("/api/v1/events?size=101").then().statusCode(400);
    }

    @Test
    void create_returns400_namingEveryIdThatIsNotAPoolEntry() {
        String notSelected = Fixtures.submitted(Fixtures.organization());
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> body = body();
        body.put("achievementIds", List.of(PublishedPool.get().fit, notSelected, unknown, "not-an-id"));

        as(Tokens.operator())
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("achievementIds[1]", "achievementIds[2]", "achievementIds[3]"))
                .body("errors.field", not(hasItem("achievementIds[0]")))
                .body("errors.find { it.field == 'achievementIds[1]' }.message", containsString(notSelected))
                .body("errors.find { it.field == 'achievementIds[2]' }.message", containsString(unknown))
                .body("errors.find { it.field == 'achievementIds[3]' }.message", containsString("not a pool entry"));
    }

    @Test
    void create_returns400_forEveryRuleAcrossFields_inTheCallersLanguage() {
        Map<String, Object> body = body();
        OffsetDateTime start = OffsetDateTime.parse((String) body.get("startsAt"));
        body.put("endsAt", start.minusHours(1).toString());
        body.put("registrationDeadline", start.plusMinutes(1).toString());
        body.put("place", " ");
        body.put("timeZone", "+08:00");
        body.put("capacity", 0);

        as(Tokens.operator())
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("capacity"));
        body.put("capacity", 10);
        as(Tokens.operator())
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("endsAt", "registrationDeadline", "place", "timeZone"))
                .body("errors.find { it.field == 'timeZone' }.message", containsString("IANA 时区"))
                .body("errors.find { it.field == 'endsAt' }.message", equalTo("结束时间必须晚于开始时间。"));
    }

    @Test
    void create_returns400_forAnOnlineEventWithoutAWebLink() {
        Map<String, Object> body = body();
        body.put("kind", "ONLINE");
        body.remove("place");
        for (Object url : new Object[] {null, "ftp://example.org/room", "javascript:alert(1)", "meeting room 3"}) {
            body.put("url", url);
            as(Tokens.operator())
                    .header("Accept-Language", "en")
                    .body(body)
                    .post("/api/v1/events")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("url"))
                    .body("errors.find { it.field == 'url' }.message", containsString("http"));
        }
        body.put("url", "https://meeting.example.org/r/123");
        as(Tokens.operator())
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("place", nullValue());
    }

    @Test
    void onlyOperatorsCreateEditAndCancel() {
        String id = create(body());
        as(investorToken(investor())).body(body()).post("/api/v1/events").then().statusCode(403);
        as(Tokens.institution(PublishedPool.get().owner))
                .body(body())
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(body())
                .post("/api/v1/events")
                .then()
                .statusCode(401);
        as(investorToken(investor()))
                .post("/api/v1/events/" + id + "/cancel")
                .then()
                .statusCode(403);
        given().get("/api/v1/events/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/events/nonsense").then().statusCode(404);
    }

    @Test
    void update_raisesTheSequence_andRefusesACapacityBelowTheRegistered() {
        String id = EventFixtures.withCapacity(3);
        register(investorToken(investor()), id).statusCode(201);
        register(investorToken(investor()), id).statusCode(201);

        Map<String, Object> changed = body();
        changed.put("place", "兰州市安宁区会议中心");
        as(Tokens.operator())
                .body(changed)
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("place", equalTo("兰州市安宁区会议中心"))
                .body("sequence", equalTo(1));
        changed.put("capacity", 1);
        as(Tokens.operator())
                .body(changed)
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/events/" + id).then().body("sequence", equalTo(1)).body("capacity", equalTo(50));
    }

    @Test
    void creatingEditingAndCancelling_areInTheAuditLog() {
        String id = create(body());
        Map<String, Object> changed = body();
        changed.put("capacity", 80);
        as(Tokens.operator()).body(changed).put("/api/v1/events/" + id).then().statusCode(200);
        as(Tokens.operator()).post("/api/v1/events/" + id + "/cancel").then().statusCode(200);

        List<String> actions = as(Tokens.operator())
                .get("/api/v1/audit?subject=" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action");
        assertThat(actions).containsExactly("event.cancel", "event.update", "event.create");
    }

    @Test
    void cancelledEvents_stayListed_andCannotBeCancelledOrEditedAgain() {
        String id = create(body());
        as(Tokens.operator())
                .post("/api/v1/events/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("sequence", equalTo(1))
                .body("registrationOpen", equalTo(false));
        as(Tokens.operator()).post("/api/v1/events/" + id + "/cancel").then().statusCode(409);
        as(Tokens.operator()).body(body()).put("/api/v1/events/" + id).then().statusCode(409);
        given().get("/api/v1/events?size=100")
                .then()
                .body("items.find { it.id == '" + id + "' }.status", equalTo("CANCELLED"));
    }
}
