package io.techpool.platform.web;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Messages;
import io.techpool.platform.ProblemMapper;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The pages' CSRF protection (double-submit cookie), on page paths only. A page gets a random token in the
 * {@code csrf-token} cookie and in its forms and meta tag ({@link PageContext#csrfToken()}); a state-changing page
 * request with a form or multipart body (what a foreign site can make a browser send) must carry the cookie's
 * token in the {@code csrf-token} field or the {@code X-CSRF-TOKEN} header (htmx), else it gets a 400 page. A
 * header that is present is checked whatever the body; JSON bodies need a preflight a foreign site cannot pass.
 *
 * <p>The JSON API is left alone: it is bearer-only, no cookie authenticates it, so there is nothing to forge; an
 * Excel import posted by a script is a multipart POST that must not need a cookie. quarkus-rest-csrf, used here
 * before, checks every form and multipart POST, the API's included, and even with its check off refuses unsafe
 * requests without its cookie; hence this filter instead of it (docs/decisions/017-excel-import-export.md).
 */
public class PageCsrf {

    static final String COOKIE = "csrf-token";
    static final String FIELD = "csrf-token";
    static final String HEADER = "X-CSRF-TOKEN";

    /** Where {@link PageContext#csrfToken()} finds the request's token. */
    static final String TOKEN_KEY = "csrf_token";

    private static final int TOKEN_BYTES = 16;
    private static final long MAX_AGE = Duration.ofHours(12).toSeconds();
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentLanguage language;

    @Inject
    ErrorPages pages;

    @ServerRequestFilter
    @WithFormRead
    public Response filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (PageTenant.isApi(routing.normalizedPath())) {
            return null;
        }
        String cookie = cookieToken(routing);
        if (SAFE.contains(request.getMethod())) {
            routing.put(TOKEN_KEY, cookie != null ? cookie : newToken(routing));
            return null;
        }
        String header = request.getHeaderString(HEADER);
        if (header == null && !isForm(request.getMediaType())) {
            return null;
        }
        String sent = header != null ? header : field(request);
        if (cookie == null || sent == null || !same(cookie, sent)) {
            Messages m = language.messages();
            return pages.page(400, ProblemMapper.title(400, m), m.csrfTokenMissing());
        }
        routing.put(TOKEN_KEY, cookie); // a form shown again carries the same token
        return null;
    }

    /** The cookie's token when it is one of ours in shape (so a planted odd value is replaced, not echoed). */
    private static String cookieToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie.getValue()).length == TOKEN_BYTES ? cookie.getValue() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String newToken(RoutingContext routing) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.response()
                .addCookie(Cookie.cookie(COOKIE, token)
                        .setPath("/")
                        .setMaxAge(MAX_AGE)
                        .setHttpOnly(true)
                        .setSecure("https".equals(routing.request().scheme()))
                        .setSameSite(CookieSameSite.LAX));
        return token;
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String field(ResteasyReactiveContainerRequestContext request) {
        Object value = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(FIELD, true, false);
        return value == null ? null : value.toString();
    }

    /** Compared in constant time, so that the token cannot be guessed from how long a refusal takes. */
    private static boolean same(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
