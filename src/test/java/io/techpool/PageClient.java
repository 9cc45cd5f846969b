package io.techpool;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser's view of the pages without a browser, for server-side page tests: GETs with a signed-in user
 * (a bearer token, which the pages accept besides the session cookie) and form POSTs that carry the CSRF
 * token the way a browser does (the cookie from the page and the hidden field, double submit).
 * The real sign-in through Keycloak is the browser tests' business.
 */
public final class PageClient {

    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

    private final String token;
    private final String language;

    private PageClient(String token, String language) {
        this.token = token;
        this.language = language;
    }

    public static PageClient anonymous() {
        return new PageClient(null, "zh");
    }

    public static PageClient as(String token) {
        return new PageClient(token, "zh");
    }

    public PageClient in(String language) {
        return new PageClient(token, language);
    }

    public RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).queryParam("lang", language);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** The page's HTML, parsed; fails unless it answers 200. */
    public Document page(String path) {
        Response response = get(path);
        response.then().statusCode(200);
        return Jsoup.parse(response.asString());
    }

    /** Opens {@code formPage} for its CSRF cookie and token, then posts the form fields to {@code action}. */
    public Response post(String formPage, String action, Map<String, ?> fields) {
        Response form = get(formPage);
        form.then().statusCode(200);
        Matcher m = META_TOKEN.matcher(form.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + formPage);
        }
        return request()
                .cookie("csrf-token", form.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", m.group(1))
                .formParams(fields)
                .post(action);
    }
}
