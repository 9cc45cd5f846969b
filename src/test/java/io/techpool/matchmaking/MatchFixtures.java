package io.techpool.matchmaking;

import static io.techpool.Fixtures.as;

import io.restassured.specification.RequestSpecification;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A published pool entry whose team has its own contact address, plus an achievement of the same round
 * that was not selected. {@link #shared()} is published once per run; {@link #fresh()} publishes another
 * round for tests that count everything on it.
 */
final class MatchFixtures {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);
    private static MatchFixtures shared;

    final String owner;
    final String entry;
    final String notSelected;
    final String round;
    final String teamEmail;
    final String teamPhone;

    private MatchFixtures(
            String owner, String entry, String notSelected, String round, String teamEmail, String teamPhone) {
        this.owner = owner;
        this.entry = entry;
        this.notSelected = notSelected;
        this.round = round;
        this.teamEmail = teamEmail;
        this.teamPhone = teamPhone;
    }

    static synchronized MatchFixtures shared() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    static MatchFixtures fresh() {
        String owner = Fixtures.organization();
        String teamEmail = Fixtures.uniqueName("team") + "@example.org";
        String teamPhone = "+86 931 " + (1_000_000 + CLIENT.getAndIncrement() * 7919 % 8_999_999);
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "高温超导电缆接头", "en", "High-temperature superconducting cable joint"));
        body.put("contact", new HashMap<>(Map.of("name", "赵敏", "phone", teamPhone, "email", teamEmail)));
        String entry = Fixtures.submitted(owner, body);
        String notSelected = null;
        for (int i = 0; i < 4; i++) {
            notSelected = Fixtures.submitted(owner);
        }
        String round = Fixtures.publishRound(Map.of(entry, 90));
        return new MatchFixtures(owner, entry, notSelected, round, teamEmail, teamPhone);
    }

    /** A caller with {@code token}; the test profile's rate limit is above what the suite sends. */
    static RequestSpecification caller(String token) {
        return as(token);
    }

    static String investor() {
        return Fixtures.uniqueName("inv");
    }

    static String investorToken(String username) {
        return Tokens.token(username, "investor", "VC-" + username.hashCode() % 1000);
    }

    /** Sends a request and answers its id. */
    static String request(String investor, String entry, String message) {
        return caller(investorToken(investor))
                .body(Map.of("message", message))
                .post("/api/v1/pool/" + entry + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
