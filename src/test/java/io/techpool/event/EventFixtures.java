package io.techpool.event;

import static io.techpool.Fixtures.as;

import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Events made through the API, each new, so tests share nothing but the published pool they present. */
final class EventFixtures {

    private EventFixtures() {}

    /** A valid offline event in Shanghai ten days from now presenting the pool's {@code fit} entry. */
    static Map<String, Object> body() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new HashMap<>();
        body.put("title", new HashMap<>(Map.of("zh", "兰州新能源成果路演", "en", "Lanzhou new-energy roadshow")));
        body.put("description", new HashMap<>(Map.of("zh", "储能与电网技术专场。", "en", "Storage and grid technologies.")));
        body.put("kind", "OFFLINE");
        body.put("place", "兰州市城关区科技大厦 3 楼");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("timeZone", "Asia/Shanghai");
        body.put("capacity", 50);
        body.put("registrationDeadline", start.minusDays(1).toString());
        body.put("achievementIds", new ArrayList<>(List.of(PublishedPool.get().fit)));
        return body;
    }

    static String create(Map<String, Object> body) {
        return as(Tokens.operator())
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String withCapacity(int capacity) {
        Map<String, Object> body = body();
        body.put("capacity", capacity);
        return create(body);
    }

    /** An event starting {@code in} from now, its deadline at its start. */
    static String startingIn(Duration in) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plus(in);
        Map<String, Object> body = body();
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(2).toString());
        body.put("registrationDeadline", start.toString());
        return create(body);
    }

    static String investor() {
        return Fixtures.uniqueName("evinv");
    }

    /** An investor's token with a display name (the token's {@code name} claim) and e-mail {@code <username>@example.org}. */
    static String investorToken(String username, String name) {
        return Tokens.sign(
                Tokens.claims(username, username, List.of("investor"), "VC-" + Math.abs(username.hashCode() % 1000))
                        .claim("name", name));
    }

    static String investorToken(String username) {
        return Tokens.token(username, "investor", "VC-" + Math.abs(username.hashCode() % 1000));
    }

    static io.restassured.response.ValidatableResponse register(String token, String event) {
        return as(token).post("/api/v1/events/" + event + "/registrations").then();
    }
}
