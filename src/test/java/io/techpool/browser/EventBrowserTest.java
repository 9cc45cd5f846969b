package io.techpool.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 through the pages: a visitor in Berlin sees a Shanghai roadshow in both zones, in Chinese and English;
 * investor1 signs in, registers, and has the one-step match request form beside each presented entry.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class EventBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aVisitorInBerlinSeesBothZones_andInvestor1Registers() {
        String entry = entry();
        String event = event(entry);
        for (String locale : List.of("zh-CN", "en-US")) {
            Page page = browser.open(locale, "Europe/Berlin");
            page.navigate("/events" + (locale.startsWith("en") ? "?lang=en" : ""));
            assertThat(page.locator("[data-event-id=\"" + event + "\"]")).isVisible();
            browser.shoot(page, "events");
            browser.checkAccessibility(page);

            page.locator("[data-event-id=\"" + event + "\"] h2 a").click();
            assertThat(page.locator("time[data-local-time]")).containsText("Asia/Shanghai");
            // The script adds the viewer's own zone, which Intl knows (Berlin here), next to the event's.
            assertThat(page.locator("[data-local-label]")).isVisible();
            assertThat(page.locator("[data-local-label]")).containsText("Europe/Berlin");
            assertThat(page.locator("[data-entry-id=\"" + entry + "\"]").first())
                    .isVisible();
            browser.shoot(page, "event");
            browser.checkAccessibility(page);
        }

        Page page = browser.open("zh-CN", "Asia/Shanghai");
        page.navigate("/events/" + event);
        assertThat(page.locator("[data-local-label]")).isHidden();
        browser.signIn(page, "investor1");
        page.navigate("/events/" + event);
        page.locator("form[action=\"/events/" + event + "/registration\"] button")
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(".*notice=registered.*"));
        assertThat(page.locator("[data-registration-status]")).hasAttribute("data-registration-status", "REGISTERED");
        assertThat(page.locator("form[action=\"/investor/requests\"] input[name=source]")
                        .first())
                .hasValue("EVENT");
        browser.shoot(page, "registered");
        browser.checkAccessibility(page);
    }

    /** A pool entry of its own (as MatchFixtures publishes one: with four registered but not selected beside it). */
    private static String entry() {
        String owner = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "高温超导储能装置", "en", "Superconducting energy storage device"));
        String entry = Fixtures.submitted(owner, body);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(owner);
        }
        Fixtures.publishRound(Map.of(entry, 90));
        return entry;
    }

    private static String event(String entry) {
        Map<String, Object> body = new java.util.HashMap<>();
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .plusDays(3)
                .withHour(6)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        body.put("title", Map.of("zh", "兰州储能技术路演", "en", "Lanzhou energy-storage roadshow"));
        body.put("description", Map.of("zh", "储能与电网技术成果专场路演。", "en", "Storage and grid achievements."));
        body.put("kind", "OFFLINE");
        body.put("place", "兰州市城关区科技大厦 3 楼");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("timeZone", "Asia/Shanghai");
        body.put("capacity", 30);
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
}
