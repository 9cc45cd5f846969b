package io.techpool.event;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static io.techpool.event.EventFixtures.body;
import static io.techpool.event.EventFixtures.create;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Tokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventCalendarTest {

    @Test
    void theIcsParsesBack_withAStableUid_andTheInstantsAcrossADstSwitch() {
        // New York leaves EST for EDT at 02:00 on 14 March 2027: 01:30 EST to 03:30 EDT is one hour.
        Map<String, Object> body = body();
        body.put("startsAt", "2027-03-14T01:30:00-05:00");
        body.put("endsAt", "2027-03-14T03:30:00-04:00");
        body.put("registrationDeadline", "2027-03-13T12:00:00-05:00");
        body.put("timeZone", "America/New_York");
        body.put("kind", "ONLINE");
        body.put("url", "https://meeting.example.org/r/42");
        body.remove("place");
        String id = create(body);

        VEvent event = parse(as(Tokens.operator()).header("Accept-Language", "en"), id);
        assertThat(event.getUid().getValue()).isEqualTo("event-" + id + "@techpool");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getSummary().getValue()).isEqualTo("Lanzhou new-energy roadshow");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meeting.example.org/r/42");
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-03-14T06:30:00Z").toInstant());
        assertThat(Duration.between(
                        event.getDateStart().getValue().toInstant(),
                        event.getDateEnd().getValue().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(event.getStatus().isConfirmed()).isTrue();

        given().get("/api/v1/events/" + id)
                .then()
                .body("startsAt", org.hamcrest.Matchers.equalTo("2027-03-14T01:30:00-05:00"))
                .body("endsAt", org.hamcrest.Matchers.equalTo("2027-03-14T03:30:00-04:00"));
    }

    @Test
    void everyChangeRaisesTheSequence_andCancellingSaysSo_withTheSameUid() {
        String id = create(body());
        Map<String, Object> changed = body();
        changed.put("place", "线下会场 B");
        as(Tokens.operator()).body(changed).put("/api/v1/events/" + id).then().statusCode(200);
        VEvent edited = parse(given(), id);
        assertThat(edited.getSequence().getValue()).isEqualTo(1);
        assertThat(edited.getLocation().getValue()).isEqualTo("线下会场 B");
        assertThat(edited.getSummary().getValue()).isEqualTo("兰州新能源成果路演");

        as(Tokens.operator()).post("/api/v1/events/" + id + "/cancel").then().statusCode(200);
        VEvent cancelled = parse(given(), id);
        assertThat(cancelled.getUid().getValue()).isEqualTo(edited.getUid().getValue());
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
    }

    @Test
    void theFeedHoldsUpcomingEvents_forAnyone() {
        String id = create(body());
        String ics = given().get("/feeds/events.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString();
        ICalendar feed = Biweekly.parse(ics).first();
        List<String> uids =
                feed.getEvents().stream().map(e -> e.getUid().getValue()).toList();
        assertThat(uids).contains("event-" + id + "@techpool");
        assertThat(feed.getExperimentalProperty("X-WR-CALNAME").getValue()).contains("路演");
    }

    @Test
    void anUnknownEventHasNoCalendar() {
        given().get("/api/v1/events/" + UUID.randomUUID() + ".ics").then().statusCode(404);
    }

    private static VEvent parse(io.restassured.specification.RequestSpecification request, String id) {
        String ics = request.get("/api/v1/events/" + id + ".ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString();
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().getFirst();
    }
}
