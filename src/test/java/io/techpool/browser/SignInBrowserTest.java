package io.techpool.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing in and out of the pages through the real Keycloak, in both languages. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class SignInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aVisitorSignsInOnKeycloaksChinesePage_comesBack_switchesLanguage_andSignsOut() {
        Page page = browser.open();
        page.navigate("/me");
        assertThat(Browser.onKeycloak(page))
                .as("sent to Keycloak: " + page.url())
                .isTrue();
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("#kc-login")).hasText("登录");
        browser.shoot(page, "keycloak-login");

        browser.signIn(page, "operator1");
        assertThat(page).hasURL(Browser.base() + "me");
        assertThat(page.locator("[data-user]")).hasText("Olga Operator");
        assertThat(page.locator("h1")).hasCount(1);
        browser.shoot(page, "me");
        browser.checkAccessibility(page);

        // The header's switch: English now, and still English on the next page without ?lang=.
        page.locator("a.lang-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate("/me");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("[data-user]")).hasText("Olga Operator");
        browser.shoot(page, "me");
        browser.checkAccessibility(page);

        page.navigate("/logout");
        // Keycloak comes back to / with the logout's state.
        assertThat(page).hasURL(Pattern.compile("^" + Browser.base().replace(".", "\\.") + "(\\?state=[^&]*)?$"));
        assertThat(page.locator("[data-user]")).hasCount(0);
        page.navigate("/me");
        assertThat(Browser.onKeycloak(page))
                .as("the Keycloak session ended too: " + page.url())
                .isTrue();
        assertThat(page.locator("#password")).isVisible();
    }

    @Test
    void keycloaksPageSpeaksEnglish_afterTheVisitorChoseEnglish() {
        Page page = browser.open();
        page.navigate("/?lang=en");
        page.locator(".account a.button").click();
        assertThat(Browser.onKeycloak(page))
                .as("sent to Keycloak: " + page.url())
                .isTrue();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#kc-login")).hasText("Sign In");
        browser.shoot(page, "keycloak-login");

        browser.signIn(page, "inst1");
        assertThat(page).hasURL(Browser.base() + "?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        // Not on the not-found page (/ on this branch): its header shows no user yet.
        page.navigate("/me");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("[data-user]")).hasText("Lan Zhou");
    }

    @Test
    void theApiDoesNotAcceptTheSessionCookie() {
        Page page = browser.open();
        page.navigate("/me");
        browser.signIn(page, "investor1");
        // /me sends investors on to their recommendations.
        assertThat(page).hasURL(Pattern.compile(".*/investor/recommendations$"));
        browser.shoot(page, "investor-home");

        List<Cookie> cookies = page.context().cookies();
        assertThat(cookies.stream().map(c -> c.name)).contains("q_session_web");
        assertThat(page.request().get("/api/v1/investors/me").status()).isEqualTo(401);
    }

    @Test
    void anInvalidSessionSendsThePageThroughSignInAndBack() {
        Page page = browser.open();
        page.navigate("/me");
        browser.signIn(page, "operator1");
        assertThat(page.locator("[data-user]")).hasText("Olga Operator");

        corruptSession(page);
        List<String> visited = new java.util.ArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        page.navigate("/me?from=corrupt");
        // Keycloak still knows the user, so it sends the browser straight back to the page.
        assertThat(page).hasURL(Browser.base() + "me?from=corrupt");
        assertThat(page.locator("[data-user]")).hasText("Olga Operator");
        assertThat(visited).anyMatch(url -> !url.startsWith(Browser.base()));
    }

    @Test
    void aDeletedSessionCookieToo_andHtmxRequestsReloadThroughSignIn() {
        Page page = browser.open();
        page.navigate("/me");
        browser.signIn(page, "operator1");
        page.context()
                .clearCookies(
                        new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("q_session_web"));
        page.navigate("/me?from=deleted");
        assertThat(page).hasURL(Browser.base() + "me?from=deleted");
        assertThat(page.locator("[data-user]")).hasText("Olga Operator");

        // An htmx request without a valid session gets 499 (not a redirect its XHR would follow); techpool.js then
        // reloads the page through /login, which comes back to it.
        corruptSession(page);
        var response = page.waitForResponse(
                r -> r.url().endsWith("/me") && r.request().resourceType().equals("xhr"),
                () -> page.evaluate("() => htmx.ajax('GET', '/me', {target: 'main'})"));
        // 499 when the session is gone, 401 with HX-Redirect when its cookie does not authenticate.
        assertThat(response.status()).isIn(401, 499);
        page.waitForURL(Pattern.compile(".*/me\\?from=deleted$"));
        assertThat(page.locator("[data-user]")).hasText("Olga Operator");
    }

    @Test
    void errorPagesAreAccessible() {
        Page page = browser.open();
        page.navigate("/no-such-page");
        assertThat(page.locator(".error-page")).hasAttribute("data-status", "404");
        browser.shoot(page, "not-found");
        browser.checkAccessibility(page);
        page.navigate("/no-such-page?lang=en");
        browser.shoot(page, "not-found");
        browser.checkAccessibility(page);
    }

    private static void corruptSession(Page page) {
        List<Cookie> session = page.context().cookies().stream()
                .filter(c -> c.name.equals("q_session_web"))
                .toList();
        assertThat(session).hasSize(1);
        Cookie cookie = session.getFirst();
        page.context()
                .addCookies(List.of(new Cookie(cookie.name, "x" + cookie.value.substring(1))
                        .setDomain(cookie.domain)
                        .setPath(cookie.path)
                        .setHttpOnly(cookie.httpOnly)
                        .setSameSite(cookie.sameSite)));
    }
}
