package io.techpool.platform;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of the current request, the one every answer, problem and validation message of it
 * speaks: the first of Chinese or English in {@code Accept-Language}, Chinese otherwise. The one place
 * that decides, so a language switch of the web pages belongs here too.
 */
@RequestScoped
public class CurrentLanguage {

    @Inject
    CurrentVertxRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            RoutingContext context = request.getCurrent();
            language = context == null ? Language.ZH : of(context.request().getHeader("Accept-Language"));
        }
        return language;
    }

    public Messages messages() {
        return get().messages();
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
