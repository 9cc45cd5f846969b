package io.techpool.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Language;
import io.techpool.platform.TechPoolConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the layout needs to know about the request, as {@code {inject:page.…}} in templates: the language and
 * the links to the same page in the other one, who is signed in and with which roles, and absolute URLs for
 * the tags crawlers read (canonical, {@code hreflang}, Open Graph).
 */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    CurrentLanguage language;

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    TechPoolConfig config;

    public String lang() {
        return language.get().code();
    }

    /** For {@code <html lang>}. */
    public String htmlLang() {
        return language.get() == Language.ZH ? "zh-CN" : "en";
    }

    public boolean english() {
        return language.get() == Language.EN;
    }

    public String otherLang() {
        return language.get() == Language.ZH ? "en" : "zh";
    }

    /** This page in the other language; following it remembers the choice (see {@link LanguageCookie}). */
    public String switchUrl() {
        return withLang(otherLang());
    }

    /** This page, path and query, with {@code lang} set to the given code. */
    public String withLang(String code) {
        List<String> query = queryWithout(CurrentLanguage.PARAMETER);
        query.add(CurrentLanguage.PARAMETER + "=" + code);
        return http().path() + "?" + String.join("&", query);
    }

    /** The absolute URL of this page in a language, for {@code hreflang} links. */
    public String alternate(String code) {
        return base() + withLang(code).substring(1);
    }

    /** The absolute URL of this page without a language choice: the canonical one and {@code x-default}. */
    public String canonical() {
        List<String> query = queryWithout(CurrentLanguage.PARAMETER);
        return base() + http().path().substring(1) + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** The path and query of this page, for "sign in and come back here". */
    public String here() {
        String uri = http().uri();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    public String loginUrl() {
        return "/login?redirect=" + URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }

    /** The application's root, absolute, ending in {@code /}. */
    public String base() {
        String root = config.publicUrl().map(URI::toString).orElseGet(() -> {
            HttpServerRequest http = http();
            return http.scheme() + "://" + http.authority();
        });
        return root.endsWith("/") ? root : root + "/";
    }

    /**
     * The CSRF token {@link PageCsrf} made or checked for this request, for forms ({@code <input type="hidden"
     * name="csrf-token" value="{inject:page.csrfToken}">}) and the meta tag htmx reads. Empty on the rare page
     * the filter did not see (an error page rendered for an unknown path): such pages have no forms.
     */
    public String csrfToken() {
        Object token = request.getCurrent().get("csrf_token");
        return token == null ? "" : token.toString();
    }

    public boolean signedIn() {
        return known() && !identity.isAnonymous();
    }

    /**
     * Whether the user may be asked for here: resolving a session may call Keycloak, which an I/O thread must not
     * wait for. Error pages rendered there (a path no resource has) show the header as for a visitor.
     */
    private boolean known() {
        return !io.vertx.core.Context.isOnEventLoopThread();
    }

    /** The name shown in the header: the token's display name, else the user name. */
    public String userName() {
        if (!signedIn()) {
            return "";
        }
        Object name = token.getClaim("name");
        if (name != null && !name.toString().isBlank()) {
            return name.toString();
        }
        Object preferred = token.getClaim("preferred_username");
        return preferred != null
                ? preferred.toString()
                : identity.getPrincipal().getName();
    }

    public boolean investor() {
        return known() && identity.hasRole(CurrentUser.INVESTOR);
    }

    public boolean institution() {
        return known() && identity.hasRole(CurrentUser.INSTITUTION);
    }

    public boolean reviewer() {
        return known() && identity.hasRole(CurrentUser.REVIEWER);
    }

    public boolean operator() {
        return known() && identity.hasRole(CurrentUser.OPERATOR);
    }

    private HttpServerRequest http() {
        return request.getCurrent().request();
    }

    private List<String> queryWithout(String name) {
        String query = http().query();
        if (query == null || query.isBlank()) {
            return new ArrayList<>();
        }
        return java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(name) && !pair.startsWith(name + "="))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
