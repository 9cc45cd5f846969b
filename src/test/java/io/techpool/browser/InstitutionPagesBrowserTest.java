package io.techpool.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.techpool.achievement.SheetFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * inst1 (organization 10730 of the demo realm) signs in on Keycloak: the bulk import form and the answer to a file
 * with row errors, and the page of an event presenting one of its entries, with who registered (no e-mail), in
 * Chinese and English.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class InstitutionPagesBrowserTest {

    private static final String INST1_ORG = "10730";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void inst1ImportsAFileWithRowErrors_andSeesEveryErrorInATable() {
        for (String locale : List.of("zh-CN", "en-US")) {
            Page page = browser.open(locale);
            page.navigate(BrowserFixtures.in(locale, "/institution/achievements/import"));
            browser.signIn(page, "inst1");
            page.navigate(BrowserFixtures.in(locale, "/institution/achievements/import"));
            assertThat(page.locator("input[type=file]#file")).isVisible();
            browser.shoot(page, "import");
            browser.checkAccessibility(page);

            page.locator("#file").setInputFiles(new FilePayload("成果-achievements.xlsx", XLSX, fileWithRowErrors()));
            page.locator("button[name=mode][value=check]").click();
            assertThat(page.locator("table.import-errors tbody tr")).hasCount(3);
            assertThat(page.locator("[data-file-name]")).containsText("成果-achievements.xlsx");
            browser.shoot(page, "import-errors");
            browser.checkAccessibility(page);
        }
    }

    @Test
    void inst1SeesWhoRegisteredForAnEventPresentingItsEntry_namesAndOrganizationsOnly() {
        String entry = BrowserFixtures.entry(INST1_ORG, "稀土永磁电机高效控制系统", "High-efficiency rare-earth motor control");
        String event = BrowserFixtures.event("兰州新材料成果对接会", "Lanzhou new-materials matchmaking day", entry, 1);
        BrowserFixtures.register(event, "王芳", "INV-GSVC");
        BrowserFixtures.register(event, "Jonathan Whitfield-Montgomery", "INV-EURO-TECH-PARTNERS");

        for (String locale : List.of("zh-CN", "en-US")) {
            Page page = browser.open(locale);
            page.navigate(BrowserFixtures.in(locale, "/events/" + event));
            browser.signIn(page, "inst1");
            page.navigate(BrowserFixtures.in(locale, "/events/" + event));
            assertThat(page.locator("section.registrants tbody tr")).hasCount(2);
            assertThat(page.locator("section.registrants")).containsText("王芳");
            assertThat(page.locator("section.registrants")).not().containsText("@");
            // Signed in, but not as an investor: told so, not sent to sign in again.
            assertThat(page.locator("[data-registration-for-investors]")).isVisible();
            browser.shoot(page, "event-owner");
            browser.checkAccessibility(page);
        }
    }

    /** Three rows, each wrong in its own way: a TRL of 12, an unknown industry code, no title. */
    private static byte[] fileWithRowErrors() {
        List<Object> trl = new ArrayList<>(SheetFiles.validRow("储能材料一"));
        trl.set(7, 12);
        List<Object> industry = new ArrayList<>(SheetFiles.validRow("储能材料二"));
        industry.set(6, "9999");
        List<Object> untitled = new ArrayList<>(SheetFiles.validRow(""));
        return SheetFiles.xlsx(new ArrayList<>(List.of(SheetFiles.zhHeaders(), trl, industry, untitled)));
    }
}
