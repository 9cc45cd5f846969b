package io.techpool.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.techpool.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * operator1 signs in on Keycloak and goes through the operators' pages no other browser test opens: the event
 * console (the list, a new event refused beside its fields, one event with who registered and who waits) and the
 * audit log, in Chinese and English.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class OperatorPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void operator1RunsTheEventConsole_andReadsTheAuditLog_inBothLanguages() {
        String entry =
                BrowserFixtures.entry(Fixtures.organization(), "高性能镁合金轻量化构件", "Lightweight magnesium alloy parts");
        String event = BrowserFixtures.event("镁合金轻量化成果路演", "Magnesium alloy roadshow", entry, 1);
        BrowserFixtures.register(event, "王芳", "INV-GSVC");
        BrowserFixtures.register(event, "Jonathan Whitfield-Montgomery", "INV-EURO-TECH-PARTNERS");

        for (String locale : List.of("zh-CN", "en-US")) {
            Page page = browser.open(locale);
            page.navigate(BrowserFixtures.in(locale, "/operator/events"));
            browser.signIn(page, "operator1");
            page.navigate(BrowserFixtures.in(locale, "/operator/events"));
            assertThat(page.locator("tr[data-event-id=\"" + event + "\"]")).isVisible();
            browser.shoot(page, "events");
            browser.checkAccessibility(page);

            page.locator("a[href=\"/operator/events/new\"]").first().click();
            page.locator("#title-zh").fill("镁合金专场路演");
            page.locator("#description-zh").fill("轻量化材料成果专场。");
            page.locator("#place").fill("兰州");
            page.locator("#startsAt").fill("2027-05-10T14:00");
            page.locator("#endsAt").fill("2027-05-10T09:00");
            page.locator("#registrationDeadline").fill("2027-05-09T18:00");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator("#endsAt-error")).isVisible();
            assertThat(page.locator("#title-zh")).hasValue("镁合金专场路演");
            browser.shoot(page, "event-form-error");
            browser.checkAccessibility(page);

            page.navigate(BrowserFixtures.in(locale, "/operator/events/" + event));
            assertThat(page.locator("tr[data-registration-status=REGISTERED]")).hasCount(1);
            assertThat(page.locator("tr[data-registration-status=WAITING]")).hasCount(1);
            browser.shoot(page, "event");
            browser.checkAccessibility(page);

            page.navigate(BrowserFixtures.in(locale, "/operator/audit"));
            assertThat(page.locator("table.audit tbody tr").first()).isVisible();
            browser.shoot(page, "audit");
            browser.checkAccessibility(page);
        }
    }
}
