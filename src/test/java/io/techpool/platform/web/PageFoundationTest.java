package io.techpool.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.techpool.PageClient;
import io.techpool.Tokens;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The layout, languages, security headers, error pages and sign-in redirects every page shares. */
@QuarkusTest
class PageFoundationTest {

    @Test
    void anErrorPage_isAPageInTheReadersLanguage_notJson() {
        var zh = PageClient.anonymous().get("/no-such-page");
        zh.then().statusCode(404).contentType(containsString("text/html"));
        Document page = org.jsoup.Jsoup.parse(zh.asString());
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("h1").text()).isEqualTo("未找到");

        var en = PageClient.anonymous().in("en").get("/no-such-page");
        Document english = org.jsoup.Jsoup.parse(en.asString());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("Not found");
    }

    @Test
    void theApi_keepsAnsweringProblemJson() {
        RestAssured.given()
                .get("/api/v1/pool/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLanguageChoice_isRemembered_andWinsOverAcceptLanguage() {
        var chosen = RestAssured.given().redirects().follow(false).get("/me?lang=en");
        assertThat(chosen.getCookie("lang")).isEqualTo("en");

        var later = RestAssured.given()
                .redirects()
                .follow(false)
                .cookie("lang", "en")
                .header("Accept-Language", "zh-CN")
                .auth()
                .oauth2(Tokens.operator())
                .get("/me");
        assertThat(org.jsoup.Jsoup.parse(later.asString()).select("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void pages_sendSecurityHeaders() {
        PageClient.anonymous()
                .get("/login")
                .then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void aPageThatNeedsAUser_sendsAnonymousVisitorsToSignIn_andBack() {
        PageClient.anonymous()
                .get("/me")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login?redirect=%2Fme"));
    }

    @Test
    void anHtmxRequestWithoutAUser_isToldWhereToSignIn_insteadOfFollowingARedirect() {
        PageClient.anonymous()
                .request()
                .header("HX-Request", "true")
                .header("HX-Current-URL", "http://localhost/investor/profile?x=1")
                .get("/me")
                .then()
                .statusCode(401)
                .header("HX-Redirect", startsWith("/login?redirect=%2Finvestor%2Fprofile"));
    }

    @Test
    void frontEndPackages_areServedWithoutVersionsInTheirPaths() {
        RestAssured.given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        RestAssured.given().get("/_static/echarts/dist/echarts.min.js").then().statusCode(200);
        RestAssured.given().get("/css/techpool.css").then().statusCode(200);
        RestAssured.given().get("/js/techpool.js").then().statusCode(200);
    }

    @Test
    void signIn_sendsOnlyToPathsOfThisSite() {
        assertThat(SignIn.localPath("/pool?q=光伏")).isEqualTo("/pool?q=光伏");
        assertThat(SignIn.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(SignIn.localPath("https://evil.example")).isEqualTo("/");
        assertThat(SignIn.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(SignIn.localPath(null)).isEqualTo("/");
    }

    @Test
    void aSignedInUsersName_isEscapedInTheHeader() {
        String token = Tokens.token("<script>alert(1)</script>", "operator", null);
        String html = PageClient.as(token).get("/me").asString();
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
