package io.techpool.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.techpool.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A visitor opens the key industry chains and one chain's investment-opportunity list, in Chinese and English. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class ChainPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aVisitorReadsTheChains_andOneChainsOpportunities() {
        // Division 38 (electrical machinery) belongs to the new-energy chain.
        String entry =
                BrowserFixtures.entry(Fixtures.organization(), "兆瓦级液流电池储能系统", "Megawatt flow-battery storage system");
        for (String locale : List.of("zh-CN", "en-US")) {
            Page page = browser.open(locale);
            page.navigate(BrowserFixtures.in(locale, "/chains"));
            assertThat(page.locator("[data-chain]").first()).isVisible();
            browser.shoot(page, "chains");
            browser.checkAccessibility(page);

            page.navigate(BrowserFixtures.in(locale, "/chains/new-energy"));
            assertThat(page.locator("tr[data-entry-id=\"" + entry + "\"]")).isVisible();
            browser.shoot(page, "chain");
            browser.checkAccessibility(page);
        }
    }
}
