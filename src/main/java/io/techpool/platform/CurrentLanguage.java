package io.techpool.platform;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of the current request, the one every answer, problem, page and validation message of it
 * speaks: {@code ?lang=zh|en} when given, else the {@code lang} cookie (the choice the page header's switch
 * remembers), else the first of Chinese or English in {@code Accept-Language}, Chinese otherwise. The one
 * place that decides.
 */
@RequestScoped
public class CurrentLanguage {

    /** The query parameter that picks a language ({@code ?lang=en}); the pages remember it in the cookie. */
    public static final String PARAMETER = "lang";

    public static final String COOKIE = "lang";

    @Inject
    CurrentVertxRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            RoutingContext context = request.getCurrent();
            language = context == null ? Language.ZH : of(context);
        }
        return language;
    }

    /**
     * For work a request started and a background thread finishes (an import job): it speaks the language of
     * the request that started it, in the request context the thread activated.
     */
    public void use(Language language) {
        this.language = language;
    }

    public Messages messages() {
        return get().messages();
    }

    /** The same decision for a request outside the request scope (the sign-in redirect, for one). */
    public static Language of(RoutingContext context) {
        return Language.ofCode(context.request().getParam(PARAMETER))
                .or(() -> Language.ofCode(cookie(context)))
                .orElseGet(() -> of(context.request().getHeader("Accept-Language")));
    }

    private static String cookie(RoutingContext context) {
        var cookie = context.request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** A malformed header is no reason to fail the request: it counts as absent. */
    static Language of(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Language.ZH;
        }
        try {
            return Language.of(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0) // q=0: "not this one"
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException malformed) {
            return Language.ZH;
        }
    }
}
