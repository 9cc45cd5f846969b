package io.techpool.matchmaking;

import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.PageClient;
import io.techpool.Tokens;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchRequestPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String formOf(String entry) {
        return "/investor/requests/new?entry=" + entry;
    }

    /** Posts the request-contact form as the entry page's form would; answers the response. */
    private static Response requestContact(PageClient page, String entry, Map<String, ?> fields) {
        var all = new java.util.HashMap<String, Object>(fields);
        all.put("entryId", entry);
        return page.post(formOf(entry), "/investor/requests", all);
    }

    private static String idFrom(Response created) {
        created.then().statusCode(303);
        String location = created.getHeader("Location");
        assertThat(location).matches(".*/investor/requests/[0-9a-f-]{36}(\\?.*)?");
        return location.replaceAll(".*/investor/requests/([0-9a-f-]{36}).*", "$1");
    }

    /** A form post the way htmx sends it: the header marks it, the CSRF token travels as header and field. */
    private static Response htmxPost(PageClient page, String formPage, String action, Map<String, ?> fields) {
        Response form = page.get(formPage);
        String token =
                Jsoup.parse(form.asString()).select("meta[name=csrf-token]").attr("content");
        return page.request()
                .header("HX-Request", "true")
                .header("X-CSRF-TOKEN", token)
                .cookie("csrf-token", form.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token)
                .formParams(fields)
                .post(action);
    }

    @Test
    void requestingContact_leadsToTheRequestsPage_withTheMessageEscaped_andNoContactYet() {
        MatchFixtures pool = MatchFixtures.fresh();
        PageClient page = PageClient.as(investorToken(MatchFixtures.investor()));
        Document form = page.page(formOf(pool.entry));
        assertThat(form.select("form[action=/investor/requests] [name]").eachAttr("name"))
                .contains("entryId", "message", "transferMode", "budgetMin", "budgetMax");

        String id = idFrom(requestContact(
                page,
                pool.entry,
                Map.of(
                        "message", SCRIPT + " 想了解授权条件",
                        "transferMode", "LICENSE",
                        "budgetMin", "1000000",
                        "budgetMax", "5000000")));

        Response shown = page.get("/investor/requests/" + id + "?notice=sent");
        shown.then().statusCode(200);
        assertThat(shown.asString()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
        Document request = Jsoup.parse(shown.asString());
        assertThat(request.select("h1").text()).isEqualTo("高温超导电缆接头");
        assertThat(request.select(".message.mine").first().text()).startsWith(SCRIPT);
        assertThat(request.select("[data-status]").attr("data-status")).isEqualTo("REQUESTED");
        assertThat(request.select("[data-contact]")).isEmpty();
        assertThat(shown.asString()).doesNotContain(pool.teamEmail, pool.teamPhone);
        assertThat(request.select("form[action$=/messages]")).isEmpty();

        Document list = page.page("/investor/requests");
        assertThat(list.select("[data-request-id=" + id + "] a").attr("href")).isEqualTo("/investor/requests/" + id);
        assertThat(list.select("[data-request-id=" + id + "]").text()).contains("高温超导电缆接头", "待回复");
    }

    @Test
    void aSecondOpenRequest_reRendersTheFormWithTheConflict_andWhatWasTyped() {
        MatchFixtures pool = MatchFixtures.shared();
        PageClient page = PageClient.as(investorToken(MatchFixtures.investor())).in("en");
        idFrom(requestContact(page, pool.entry, Map.of("message", "first")));

        Response again = requestContact(page, pool.entry, Map.of("message", "second try", "budgetMin", "200"));

        again.then().statusCode(409).contentType(containsString("text/html"));
        Document form = Jsoup.parse(again.asString());
        assertThat(form.select(".form-error").text()).isNotBlank();
        assertThat(form.select("#message").text()).isEqualTo("second try");
        assertThat(form.select("#budgetMin").val()).isEqualTo("200");
        assertThat(form.select("input[name=entryId]").val()).isEqualTo(pool.entry);
    }

    @Test
    void budgetsOutOfOrderOrNotNumbers_areShownBesideTheirFields() {
        MatchFixtures pool = MatchFixtures.shared();
        PageClient page = PageClient.as(investorToken(MatchFixtures.investor()));

        Response refused =
                requestContact(page, pool.entry, Map.of("message", "预算", "budgetMin", "500", "budgetMax", "100"));
        refused.then().statusCode(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#budgetMax-error").text()).isNotBlank();
        assertThat(form.select("#budgetMin").val()).isEqualTo("500");

        Document typo = Jsoup.parse(requestContact(page, pool.entry, Map.of("message", "", "budgetMin", "abc"))
                .asString());
        assertThat(typo.select("#budgetMin-error").text()).isNotBlank();
        assertThat(typo.select("#budgetMin").val()).isEqualTo("abc");
    }

    @Test
    void theTeamsContact_showsOnceAccepted_thenTheThreadAndThePipelineWork() {
        MatchFixtures pool = MatchFixtures.fresh();
        PageClient page = PageClient.as(investorToken(MatchFixtures.investor()));
        String id = idFrom(requestContact(page, pool.entry, Map.of("message", "您好")));
        String path = "/investor/requests/" + id;
        assertThat(page.page(path).select("[data-contact]")).isEmpty();

        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200);

        assertThat(page.page("/investor/requests")
                        .select("[data-request-id=" + id + "]")
                        .hasAttr("data-unread"))
                .isTrue();
        Document accepted = page.page(path);
        assertThat(accepted.select("[data-contact]").text()).contains(pool.teamEmail, pool.teamPhone);
        assertThat(page.page("/investor/requests")
                        .select("[data-request-id=" + id + "]")
                        .hasAttr("data-unread"))
                .isFalse();
        assertThat(accepted.select("button[data-step]").eachAttr("data-step")).containsExactly("IN_TALKS", "CLOSED");

        page.post(path, path + "/messages", Map.of("text", "不用脚本的留言"))
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(path));
        Response htmx = htmxPost(page, path, path + "/messages", Map.of("text", SCRIPT));
        htmx.then().statusCode(200);
        assertThat(htmx.asString()).doesNotContain(SCRIPT).doesNotContain("<html");
        Document thread = Jsoup.parse(htmx.asString());
        assertThat(thread.select("#conversation .message.mine").eachText())
                .hasSize(2)
                .last()
                .asString()
                .contains(SCRIPT);

        Document blank = Jsoup.parse(
                htmxPost(page, path, path + "/messages", Map.of("text", " ")).asString());
        assertThat(blank.select("#text-error").text()).isNotBlank();

        page.post(path, path + "/status", Map.of("status", "IN_TALKS")).then().statusCode(303);
        assertThat(page.page(path).select("[data-status]").attr("data-status")).isEqualTo("IN_TALKS");
        Response wrong = page.post(path, path + "/status", Map.of("status", "ACCEPTED"));
        wrong.then().statusCode(400);
        assertThat(Jsoup.parse(wrong.asString()).select(".form-error").text()).isNotBlank();
    }

    @Test
    void anotherInvestor_getsTheNotFoundPage_forSomeoneElsesRequest() {
        MatchFixtures pool = MatchFixtures.shared();
        String id = MatchFixtures.request(MatchFixtures.investor(), pool.entry, "mine");

        PageClient.as(investorToken(MatchFixtures.investor()))
                .get("/investor/requests/" + id)
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"));
        PageClient.as(Tokens.institution(pool.owner))
                .get("/investor/requests/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void aPostWithoutTheCsrfToken_isRefused_andCreatesNothing() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = MatchFixtures.investor();
        PageClient page = PageClient.as(investorToken(investor));
        page.page(formOf(pool.entry));

        page.request()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("entryId", pool.entry)
                .formParam("message", "no token")
                .post("/investor/requests")
                .then()
                .statusCode(400);

        caller(investorToken(investor))
                .get("/api/v1/match-requests")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theFormForAnUnknownEntry_isTheNotFoundPage() {
        PageClient.as(investorToken(MatchFixtures.investor()))
                .get(formOf("00000000-0000-0000-0000-000000000000"))
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"));
    }
}
