package io.techpool.platform.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Failures on page paths answered as pages: the status, its title and the problem's detail in the reader's
 * language, inside the layout, never a stack trace or a JSON body. A page that needs a user and has none sends
 * the browser to sign in and back ({@code HX-Redirect} for htmx, which would otherwise follow the redirect
 * inside its XHR).
 */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @Inject
    CurrentVertxRequest request;

    public static boolean isPage(UriInfo uri) {
        return !PageTenant.isApi("/" + uri.getPath().replaceFirst("^/", ""));
    }

    public Response page(int status, String title, String detail) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail))
                .build();
    }

    /**
     * To sign in and back here. Session cookies the request still carries are expired with it: they did not
     * authenticate (undecryptable, tampered, or of an ended session), and sent again they would fail {@code /login}
     * the same way, redirecting for ever instead of starting a fresh sign-in.
     */
    public Response signIn() {
        var http = request.getCurrent().request();
        boolean htmx = http.getHeader("HX-Request") != null;
        String back = htmx && http.getHeader("HX-Current-URL") != null
                ? pathAndQuery(URI.create(http.getHeader("HX-Current-URL")))
                : http.uri();
        String login = "/login?redirect=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
        Response.ResponseBuilder response =
                htmx ? Response.status(401).header("HX-Redirect", login) : Response.seeOther(URI.create(login));
        http.cookies().stream()
                .map(io.vertx.core.http.Cookie::getName)
                .filter(name -> name.startsWith(SESSION_COOKIE_PREFIX))
                .forEach(name -> response.header(
                        jakarta.ws.rs.core.HttpHeaders.SET_COOKIE,
                        name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"));
        return response.build();
    }

    /** quarkus-oidc's session cookies: {@code q_session_web} and its split and chunked parts. */
    static final String SESSION_COOKIE_PREFIX = "q_session_";

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
