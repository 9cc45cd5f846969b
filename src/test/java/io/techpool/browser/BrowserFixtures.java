package io.techpool.browser;

import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Data the browser tests show, made through the JSON API (whose tokens {@link Tokens} signs) before the pages open. */
final class BrowserFixtures {

    private BrowserFixtures() {}

    /** A pool entry of {@code owner}, published with four registered but not selected beside it. */
    static String entry(String owner, String titleZh, String titleEn) {
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", titleZh, "en", titleEn));
        String entry = Fixtures.submitted(owner, body);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(owner);
        }
        Fixtures.publishRound(Map.of(entry, 90));
        return entry;
    }

    /** An offline roadshow in Shanghai three days from now presenting {@code entry}, with {@code capacity} places. */
    static String event(String titleZh, String titleEn, String entry, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(3)
                .withHour(6)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh", titleZh, "en", titleEn));
        body.put("description", Map.of("zh", "新材料与先进制造成果专场。", "en", "New materials and advanced manufacturing."));
        body.put("kind", "OFFLINE");
        body.put("place", "兰州市城关区科技大厦 3 楼");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("timeZone", "Asia/Shanghai");
        body.put("capacity", capacity);
        body.put("registrationDeadline", start.minusDays(1).toString());
        body.put("achievementIds", List.of(entry));
        return Fixtures.as(Tokens.operator())
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An investor with a display name and an organization registers for {@code event} (or joins its waiting list). */
    static void register(String event, String name, String org) {
        String username = Fixtures.uniqueName("brinv");
        String token = Tokens.sign(
                Tokens.claims(username, username, List.of("investor"), org).claim("name", name));
        Fixtures.as(token)
                .post("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(201);
    }

    /** {@code path} asked in the page's language: {@code ?lang=en} for an English browser (the pages remember it). */
    static String in(String locale, String path) {
        return locale.startsWith("en") ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
    }
}
