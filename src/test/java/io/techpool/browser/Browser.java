package io.techpool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser of the browser tests, as a JUnit extension ({@code @RegisterExtension static final Browser browser
 * = new Browser();} in a {@code @QuarkusTest @TestProfile(BrowserProfile.class)} class): the machine's Chromium
 * ({@code /usr/bin/chromium}, Playwright never downloads one) launched headless once per class, a fresh context
 * (cookies, language) per {@link #open}, closed after each test.
 *
 * <p>Helpers: {@link #shoot} saves a full-page screenshot as {@code target/screenshots/{test}-{page}-{lang}.png};
 * {@link #signIn} goes through Keycloak's real login form; {@link #checkAccessibility} runs axe-core in the page
 * and fails on serious or critical violations.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private String test = "test";
    private String axe;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-sync")));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            // What the browser showed when the test failed, beside the test's own screenshots.
            for (BrowserContext open : contexts) {
                for (Page page : open.pages()) {
                    try {
                        System.out.println("Browser at failure: " + page.url());
                        shoot(page, "failure");
                    } catch (RuntimeException e) {
                        System.out.println("No failure screenshot: " + e.getMessage());
                    }
                }
            }
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The app's root URL, ending in {@code /}. */
    public static String base() {
        String url = ConfigProvider.getConfig().getValue("test.url", String.class);
        return url.endsWith("/") ? url : url + "/";
    }

    /** A page in a fresh context whose browser asks for {@code zh-CN} or {@code en-US}, at the app's root URL. */
    public Page open(String locale) {
        return open(options(locale));
    }

    /** The same, with the browser in the IANA time zone {@code timeZone} (what {@code Intl} reports to scripts). */
    public Page open(String locale, String timeZone) {
        return open(options(locale).setTimezoneId(timeZone));
    }

    private Page open(com.microsoft.playwright.Browser.NewContextOptions options) {
        BrowserContext context = chromium.newContext(options);
        contexts.add(context);
        return context.newPage();
    }

    private static com.microsoft.playwright.Browser.NewContextOptions options(String locale) {
        return new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale)
                .setBaseURL(base())
                .setViewportSize(1280, 800);
    }

    /** A page whose browser prefers Chinese, as most of TechPool's visitors. */
    public Page open() {
        return open("zh-CN");
    }

    /** Saves the whole page as {@code target/screenshots/{test}-{name}-{lang}.png}, lang from {@code <html lang>}. */
    public Path shoot(Page page, String name) {
        page.waitForLoadState();
        // From the top: scrolled down, the sticky header would be drawn across the middle of the full-page image.
        page.evaluate("() => window.scrollTo(0, 0)");
        String lang = String.valueOf(page.evaluate("() => document.documentElement.lang || 'none'"));
        String code =
                lang.toLowerCase().startsWith("zh") ? "zh" : lang.toLowerCase().startsWith("en") ? "en" : lang;
        Path file = SCREENSHOTS.resolve(test + "-" + name + "-" + code + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Signs in through Keycloak's login form as a demo user (password = user name) and waits until the app has
     * the browser back. From a page of the app it first follows {@code /login?redirect=} to come back there.
     */
    public void signIn(Page page, String user) {
        if (!onKeycloak(page)) {
            URI here = URI.create(page.url());
            String back = here.getRawPath() + (here.getRawQuery() == null ? "" : "?" + here.getRawQuery());
            page.navigate("/login?redirect=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(base()) + ".*"));
        page.waitForLoadState();
    }

    /** Whether the page is Keycloak's (anything not on the app's origin). */
    public static boolean onKeycloak(Page page) {
        return !page.url().startsWith(base());
    }

    /** Runs axe-core on the page as it is now; fails listing every serious or critical violation. */
    public void checkAccessibility(Page page) {
        page.waitForLoadState();
        // Evaluated through the DevTools protocol, which the pages' CSP (no inline scripts) does not apply to.
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(axeSource());
        }
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
                      + v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '')).join('; '));
                }""");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        assertThat(violations)
                .as("serious or critical accessibility violations on " + page.url())
                .isEmpty();
    }

    private synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + AXE + " (org.webjars.npm:axe-core)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
