package io.techpool.platform.web;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Language;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Routes below the pages: a page's {@code ?lang=} choice remembered in a cookie (which then wins over
 * {@code Accept-Language}), and a not-found page for page paths nothing else serves.
 */
@ApplicationScoped
public class PageRoutes {

    private static final long ONE_YEAR = Duration.ofDays(365).toSeconds();

    void remember(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            if (!PageTenant.isApi(context.normalizedPath())) {
                Language.ofCode(context.request().getParam(CurrentLanguage.PARAMETER))
                        .ifPresent(language -> context.response()
                                .addCookie(Cookie.cookie(CurrentLanguage.COOKIE, language.code())
                                        .setPath("/")
                                        .setMaxAge(ONE_YEAR)
                                        .setSameSite(CookieSameSite.LAX)));
            }
            context.next();
        });
        router.route().last().handler(context -> {
            String query = context.request().query();
            if (!PageTenant.isApi(context.normalizedPath())
                    && !context.normalizedPath().equals(NOT_FOUND)) {
                context.reroute(NOT_FOUND + (query == null ? "" : "?" + query));
            } else {
                context.next();
            }
        });
    }

    static final String NOT_FOUND = "/not-found";
}
