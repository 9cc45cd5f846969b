package io.techpool.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11's acceptance journey through the pages: a visitor finds 光伏 entries in both languages and narrows
 * them with a facet; investor1 signs in through Keycloak, sets a profile, sees recommendations, saves a search,
 * asks for a contact and sees it once the owner accepted through the API.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class InvestorJourneyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Two published 光伏 entries of one fresh organization, with different transfer modes. */
    record SolarPool(String owner, String contactEmail, String licensed, String transferred) {}

    private static SolarPool pool;

    @Test
    void aVisitorFindsSolarEntries_narrowsThemWithAFacet_andOpensOne_inChineseAndEnglish() {
        SolarPool solar = solarPool();
        visitorJourney(browser.open("zh-CN"), solar, "zh-CN", "光伏", "关键词", "转化方式");
        // English cards show the English texts, so the highlights there come from an English word.
        visitorJourney(browser.open("en-US"), solar, "en", "solar", "Words", "Transfer mode");
    }

    @Test
    void investor1SetsAProfile_savesASearch_andGetsTheContactOnceTheOwnerAccepts() {
        SolarPool solar = solarPool();
        Page page = browser.open("zh-CN");
        page.navigate("/investor/profile");
        browser.signIn(page, "investor1");
        assertThat(page).hasURL(Browser.base() + "investor/profile");

        setProfile(page);
        seeRecommendations(page);
        saveTheSearch(page, "光伏", Fixtures.uniqueName("光伏订阅"));

        String request = requestContact(page, solar.licensed());
        assertThat(page.locator("[data-contact]")).hasCount(0);
        assertThat(page.locator(".contact")).containsText("成果团队接受您的请求后");
        browser.shoot(page, "request-pending");
        browser.checkAccessibility(page);

        ownerAccepts(solar.owner(), request);
        page.reload();
        assertThat(page.locator("[data-contact]")).containsText(solar.contactEmail());
        assertThat(page.locator("[data-status]")).hasAttribute("data-status", "ACCEPTED");
        browser.shoot(page, "request-accepted");
        browser.checkAccessibility(page);

        page.navigate("/investor/requests");
        assertThat(page.locator("[data-request-id=\"" + request + "\"]")).isVisible();
        browser.shoot(page, "requests");
        browser.checkAccessibility(page);

        seeInvestorPagesInEnglish(page, request, solar.contactEmail());
    }

    // --- the visitor ---

    private void visitorJourney(
            Page page, SolarPool solar, String lang, String words, String queryLabel, String modeLegend) {
        page.navigate("/");
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        browser.shoot(page, "home");
        browser.checkAccessibility(page);

        searchFromTheHeader(page, words);
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("label[for=pool-q]")).hasText(queryLabel);
        assertThat(page.locator("[data-facet=transferMode] legend")).hasText(modeLegend);
        int before = total(page);
        assertThat(before).isGreaterThanOrEqualTo(2);
        assertThat(hits(page).first()).isVisible();
        assertThat(page.locator(".results [data-entry-id] em").first()).isVisible();
        assertThat(hit(page, solar.licensed())).isVisible();
        assertThat(hit(page, solar.transferred())).isVisible();
        browser.shoot(page, "search");
        browser.checkAccessibility(page);

        Locator transfer = page.locator("[data-facet=transferMode] input[value=TRANSFER]");
        transfer.check();
        page.waitForURL(Pattern.compile(".*transferMode=TRANSFER.*"));
        assertThat(page.locator("[data-facet=transferMode] input[value=TRANSFER]"))
                .isChecked();
        int after = total(page);
        assertThat(after).as("hits after ticking TRANSFER").isPositive().isLessThan(before);
        assertThat(hit(page, solar.transferred())).isVisible();
        assertThat(hit(page, solar.licensed())).hasCount(0);
        browser.shoot(page, "search-transfer");

        hit(page, solar.transferred()).locator("h3 a").click();
        assertThat(page).hasURL(Browser.base() + "pool/" + solar.transferred());
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("h1")).containsText(words);
        assertThat(page.locator("[data-contact]")).hasCount(0);
        browser.shoot(page, "entry");
        browser.checkAccessibility(page);
    }

    /** Types into the header's search box and presses Enter, as a visitor does. */
    private static void searchFromTheHeader(Page page, String words) {
        page.locator("#site-q").click();
        page.keyboard().type(words);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/pool\\?q=.*"));
        assertThat(page.locator("#pool-q")).hasValue(words);
    }

    private static int total(Page page) {
        return Integer.parseInt(page.locator("#results-count").getAttribute("data-total"));
    }

    private static Locator hits(Page page) {
        return page.locator(".results [data-entry-id]");
    }

    private static Locator hit(Page page, String entry) {
        return page.locator(".results [data-entry-id=\"" + entry + "\"]");
    }

    // --- the investor ---

    /** Picks division 38 through the picker's filter, TRL 5–8 and licensing; lands on the recommendations. */
    private void setProfile(Page page) {
        assertThat(page.locator("h1")).hasText("投资偏好");
        // The picker narrows its list through htmx once the typing pauses.
        page.waitForResponse(
                r -> r.url().contains("/investor/profile/industries"),
                () -> page.locator("#industry-filter").fill("电气"));
        Locator division = page.locator("#industry-list input[value=\"38\"]");
        assertThat(division).isVisible();
        division.check();
        page.locator("#trlMin").fill("5");
        page.locator("#trlMax").fill("8");
        page.locator("input[name=transferModes][value=LICENSE]").check();
        browser.shoot(page, "profile");
        browser.checkAccessibility(page);
        page.locator("form.form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/investor/recommendations\\?saved=true$"));
    }

    private void seeRecommendations(Page page) {
        assertThat(page.locator(".notice")).isVisible();
        Locator recommended = page.locator("main [data-entry-id]");
        assertThat(recommended.first()).isVisible();
        assertThat(recommended.first().locator(".reasons li").first()).not().isEmpty();
        browser.shoot(page, "recommendations");
        browser.checkAccessibility(page);
    }

    private void saveTheSearch(Page page, String words, String name) {
        page.navigate("/pool?q=" + words);
        page.locator("#saved-search-name").fill(name);
        page.locator("[data-save-search] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/investor/saved-searches\\?notice=saved$"));
        assertThat(page.locator("[data-saved-search-id]", new Page.LocatorOptions().setHasText(name)))
                .isVisible();
        browser.shoot(page, "saved-searches");
        browser.checkAccessibility(page);
    }

    /** Sends the entry page's request form; answers the new request's id, from the page it lands on. */
    private String requestContact(Page page, String entry) {
        page.navigate("/pool/" + entry);
        Locator form = page.locator("[data-request-form]");
        form.locator("[name=message]").fill("我们对该光伏技术的许可很感兴趣，希望进一步沟通。");
        form.locator("[name=transferMode]").selectOption("LICENSE");
        form.locator("[name=budgetMin]").fill("1000000");
        form.locator("[name=budgetMax]").fill("3000000");
        browser.shoot(page, "entry-request-form");
        form.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/investor/requests/[^/?]+\\?notice=sent$"));
        String path = URI.create(page.url()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void ownerAccepts(String owner, String request) {
        Fixtures.as(Tokens.institution(owner))
                .post("/api/v1/match-requests/" + request + "/accept")
                .then()
                .statusCode(200);
    }

    /** The header's switch turns the request page English; the choice holds for the other investor pages. */
    private void seeInvestorPagesInEnglish(Page page, String request, String contactEmail) {
        page.navigate("/investor/requests/" + request);
        page.locator("a.lang-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".contact h2")).hasText("The team's contact");
        assertThat(page.locator("[data-contact]")).containsText(contactEmail);
        browser.shoot(page, "request-accepted");
        browser.checkAccessibility(page);

        page.navigate("/investor/recommendations");
        assertThat(page.locator("h1")).hasText("Recommended for you");
        assertThat(page.locator("main [data-entry-id]").first()).isVisible();
        browser.shoot(page, "recommendations");
        browser.checkAccessibility(page);

        page.navigate("/investor/profile");
        assertThat(page.locator("h1")).hasText("Investment profile");
        assertThat(page.locator("#industry-list input[value=\"38\"]")).isChecked();
        assertThat(page.locator("#trlMin")).hasValue("5");
        browser.shoot(page, "profile");
        browser.checkAccessibility(page);

        page.navigate("/investor/saved-searches");
        assertThat(page.locator("h1")).hasText("Saved searches");
        browser.shoot(page, "saved-searches");
    }

    // --- the data ---

    /**
     * Publishes, once per run, a licensed (LICENSE + EQUITY, TRL 6) and a transferred (TRANSFER, TRL 7) 光伏
     * entry of a fresh organization whose contact is a unique address, and waits until search finds both.
     */
    private static synchronized SolarPool solarPool() {
        if (pool == null) {
            String owner = Fixtures.organization();
            String email = "pv-" + owner.toLowerCase() + "@example.org";
            String licensed = solarAchievement(
                    owner, email, "光伏组件智能清洗机器人", "Photovoltaic panel cleaning robot", 6, List.of("LICENSE", "EQUITY"));
            String transferred = solarAchievement(
                    owner, email, "柔性光伏薄膜封装工艺", "Flexible solar film encapsulation process", 7, List.of("TRANSFER"));
            Map<String, Integer> scores = new HashMap<>(Map.of(licensed, 97, transferred, 95));
            for (int i = 0; i < 13; i++) {
                Map<String, Object> filler = Fixtures.achievement();
                filler.put("title", new HashMap<>(Map.of("zh", "陪衬成果" + i)));
                scores.put(Fixtures.submitted(owner, filler), 50);
            }
            String round = Fixtures.publishRound(scores);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> given().queryParam("q", "光伏")
                            .queryParam("round", round)
                            .get("/api/v1/pool")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("items.id")
                            .containsAll(List.of(licensed, transferred)));
            pool = new SolarPool(owner, email, licensed, transferred);
        }
        return pool;
    }

    private static String solarAchievement(
            String owner, String email, String titleZh, String titleEn, int trl, List<String> modes) {
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", new HashMap<>(Map.of("zh", titleZh, "en", titleEn)));
        body.put("industryCode", "38");
        body.put("trl", trl);
        body.put("transferModes", new ArrayList<>(modes));
        body.put("contact", new HashMap<>(Map.of("name", "赵阳", "phone", "+86 931 891 2001", "email", email)));
        return Fixtures.submitted(owner, body);
    }
}
