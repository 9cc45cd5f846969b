package io.techpool.event;

import static io.techpool.event.EventFixtures.body;
import static io.techpool.event.EventFixtures.create;
import static io.techpool.event.EventFixtures.investor;
import static io.techpool.event.EventFixtures.investorToken;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.PageClient;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void theListShowsUpcomingEvents_inBothLanguages() {
        String id = create(body());
        Document zh = PageClient.anonymous().page("/events");
        assertThat(zh.select("h1").text()).isEqualTo("路演与交流活动");
        assertThat(zh.select("[data-event-id=" + id + "] h2").text()).contains("兰州新能源成果路演");
        assertThat(zh.select("[data-event-id=" + id + "] time").attr("datetime"))
                .contains("+08:00");
        assertThat(zh.select("nav.main-nav a[href=/events]").text()).isEqualTo("路演活动");

        Document en = PageClient.anonymous().in("en").page("/events");
        assertThat(en.select("[data-event-id=" + id + "] h2").text()).contains("Lanzhou new-energy roadshow");
        assertThat(en.select("[data-event-id=" + id + "] time").text()).contains("(Asia/Shanghai, UTC+08:00)");

        Document past = PageClient.anonymous().page("/events?past=true");
        assertThat(past.select("a[aria-current=page]").attr("href")).isEqualTo("/events?past=true");
        assertThat(past.select("[data-event-id=" + id + "]")).isEmpty();
    }

    @Test
    void anEventPage_showsTimesEntriesAndTheCalendarFile_toAnyone_withUserTextEscaped() {
        Map<String, Object> body = body();
        body.put("description", new HashMap<>(Map.of("zh", SCRIPT + " 介绍")));
        String id = create(body);

        Response response = PageClient.anonymous().get("/events/" + id);
        response.then().statusCode(200);
        assertThat(response.asString()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo("兰州新能源成果路演");
        assertThat(page.select("time[data-local-time]").attr("datetime")).endsWith("+08:00");
        assertThat(page.select("time[data-local-time]").text()).contains("Asia/Shanghai");
        assertThat(page.select("[data-entry-id=" + PublishedPool.get().fit + "]"))
                .isNotEmpty();
        assertThat(page.select("a[href^=/api/v1/events/" + id + ".ics]")).isNotEmpty();
        assertThat(page.select("form[action=/events/" + id + "/registration]")).isEmpty();
        assertThat(page.select("form[action=/investor/requests]")).isEmpty();
    }

    @Test
    void anInvestorRegisters_thenAsksATeamForAMeetingInOneStep_countedAsFromTheEvent() {
        String id = create(body());
        String entry = PublishedPool.get().fit;
        PageClient investor = PageClient.as(investorToken(investor()));
        Document before = investor.page("/events/" + id);
        assertThat(before.select("form[action=/investor/requests]")).isEmpty();

        Response registered = investor.post("/events/" + id, "/events/" + id + "/registration", Map.of());
        registered.then().statusCode(303);
        assertThat(registered.getHeader("Location")).endsWith("/events/" + id + "?notice=registered");

        Document page = investor.page("/events/" + id + "?notice=registered");
        assertThat(page.select("[data-registration-status]").attr("data-registration-status"))
                .isEqualTo("REGISTERED");
        assertThat(page.select("form[action=/events/" + id + "/registration/delete]"))
                .hasSize(1);
        var form = page.select("form[action=/investor/requests][data-entry-id=" + entry + "]");
        assertThat(form.select("input[name=source]").val()).isEqualTo("EVENT");
        assertThat(form.select("input[name=sourceEventId]").val()).isEqualTo(id);
        assertThat(form.select("textarea[name=message]").text()).contains("兰州新能源成果路演");

        Response requested = investor.post(
                "/events/" + id,
                "/investor/requests",
                Map.of(
                        "entryId",
                        entry,
                        "message",
                        form.select("textarea[name=message]").text(),
                        "source",
                        "EVENT",
                        "sourceEventId",
                        id));
        requested.then().statusCode(303);
        assertThat(requested.getHeader("Location")).contains("/investor/requests/");
        io.techpool.Fixtures.as(Tokens.operator())
                .get("/api/v1/matchmaking/funnel")
                .then()
                .statusCode(200)
                .body("byEvent.'" + id + "'.requests", org.hamcrest.Matchers.equalTo(1))
                .body("byEvent.'" + id + "'.deals", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theOwnerOfAPresentedEntry_seesWhoRegisteredAsTheApiGivesIt_namesAndOrganizations_neverAnEmail() {
        String id = create(body());
        String wang = investor();
        EventFixtures.register(investorToken(wang, "王芳"), id).statusCode(201);
        String scripted = investor();
        EventFixtures.register(investorToken(scripted, SCRIPT), id).statusCode(201);
        String owner = Tokens.institution(PublishedPool.get().owner);
        List<Map<String, Object>> api = io.techpool.Fixtures.as(owner)
                .get("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(200)
                .extract()
                .path("items");

        Response response = PageClient.as(owner).get("/events/" + id);
        response.then().statusCode(200);
        assertThat(response.asString())
                .doesNotContain(SCRIPT)
                .doesNotContain(wang + "@example.org")
                .doesNotContain(scripted + "@example.org");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#registrants-heading").text()).isEqualTo("已报名的投资人");
        var rows = page.select("section.registrants tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("王芳", (String) api.get(0).get("organization"), "已报名");
        assertThat(rows.get(1).select("td").first().text()).isEqualTo(SCRIPT);
        assertThat(rows.get(1).attr("data-registration-status")).isEqualTo("REGISTERED");
        assertThat(page.select("section.registration a[href^=/login]")).isEmpty();
        assertThat(page.select("[data-registration-for-investors]")).hasSize(1);

        Document en = PageClient.as(owner).in("en").page("/events/" + id);
        assertThat(en.select("#registrants-heading").text()).isEqualTo("Registered investors");
        assertThat(en.select("section.registrants tbody tr")
                        .get(0)
                        .select("td")
                        .last()
                        .text())
                .isEqualTo("Registered");
    }

    @Test
    void theOwnerSeesThatNoOneRegisteredYet() {
        String id = create(body());
        Document page =
                PageClient.as(Tokens.institution(PublishedPool.get().owner)).page("/events/" + id);
        assertThat(page.select("section.registrants .empty").text()).isEqualTo("还没有投资人报名。");
        assertThat(page.select("section.registrants table")).isEmpty();
    }

    @Test
    void whoRegistered_isNotShownToAnotherInstitution_anInvestorOrAVisitor() {
        String id = create(body());
        EventFixtures.register(investorToken(investor(), "王芳"), id).statusCode(201);
        // An investor registered for the same event does not see the others either.
        String li = investorToken(investor(), "李雷");
        EventFixtures.register(li, id).statusCode(201);
        for (PageClient viewer : List.of(
                PageClient.as(Tokens.institution(io.techpool.Fixtures.organization())),
                PageClient.as(li),
                PageClient.anonymous())) {
            Document page = viewer.page("/events/" + id);
            assertThat(page.select("section.registrants")).isEmpty();
            assertThat(page.select("#registrants-heading")).isEmpty();
            assertThat(page.text()).doesNotContain("王芳");
        }
    }

    @Test
    void registeringTwiceOnThePage_answers409WithTheReasonAbove() {
        String id = create(body());
        PageClient investor = PageClient.as(investorToken(investor()));
        investor.post("/events/" + id, "/events/" + id + "/registration", Map.of())
                .then()
                .statusCode(303);
        Response again = investor.post("/events/" + id, "/events/" + id + "/registration", Map.of());
        again.then().statusCode(409);
        assertThat(Jsoup.parse(again.asString()).select("[role=alert]").text()).contains("无需重复报名");
    }

    @Test
    void theOperatorForm_showsErrorsBesideTheFields_andKeepsWhatWasTyped() {
        PageClient operator = PageClient.as(Tokens.operator());
        Map<String, Object> fields = form();
        fields.put("endsAt", "2027-05-10T08:00");
        fields.put("title.zh", SCRIPT);
        Response refused = operator.post("/operator/events/new", "/operator/events", fields);
        refused.then().statusCode(400);
        assertThat(refused.asString()).doesNotContain(SCRIPT);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#endsAt-error").text()).isEqualTo("结束时间必须晚于开始时间。");
        assertThat(page.select("input[name=title.zh]").val()).isEqualTo(SCRIPT);
        assertThat(page.select("input[name=startsAt]").val()).isEqualTo("2027-05-10T14:00");

        fields.put("timeZone", "CST");
        Document zone = Jsoup.parse(operator.post("/operator/events/new", "/operator/events", fields)
                .asString());
        assertThat(zone.select("#timeZone-error").text()).contains("IANA");
    }

    @Test
    void theOperatorsList_comesAPageAtATime_andReachesEveryUpcomingEvent() {
        int upcoming = io.restassured.RestAssured.given()
                .get("/api/v1/events?size=1")
                .then()
                .extract()
                .path("total");
        OffsetDateTime far = OffsetDateTime.now().plusYears(5);
        for (int i = upcoming; i < OperatorEventPage.LIST_SIZE; i++) {
            Map<String, Object> filler = body();
            filler.put("startsAt", far.toString());
            filler.put("endsAt", far.plusHours(1).toString());
            create(filler);
        }
        Map<String, Object> last = body();
        last.put("title", new HashMap<>(Map.of("zh", "最后一场路演", "en", "The last roadshow")));
        last.put("startsAt", far.plusYears(1).toString());
        last.put("endsAt", far.plusYears(1).plusHours(1).toString());
        String id = create(last);

        PageClient operator = PageClient.as(Tokens.operator());
        Document page = operator.page("/operator/events");
        assertThat(page.select("tr[data-event-id]")).hasSize(OperatorEventPage.LIST_SIZE);
        assertThat(page.select("tr[data-event-id=" + id + "]")).isEmpty();
        int pages = 1;
        while (page.select("tr[data-event-id=" + id + "]").isEmpty()) {
            String next = page.select("nav.pager a[rel=next]").attr("href");
            assertThat(next).as("a next page while the last event is not shown").startsWith("/operator/events?");
            page = operator.page(next);
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(page.select("tr[data-event-id=" + id + "] a").text()).isEqualTo("最后一场路演");
        assertThat(operator.page("/operator/events?past=true")
                        .select("nav.tabs a[aria-current=page]")
                        .text())
                .isEqualTo("往期活动");
    }

    @Test
    void theOperatorCreatesInTheEventsZone_acrossADstGap_thenExportsAndCancels() {
        PageClient operator = PageClient.as(Tokens.operator());
        Map<String, Object> fields = form();
        fields.put("timeZone", "Europe/Berlin");
        // 02:30 does not exist in Berlin on 28 March 2027 (clocks go from 02:00 to 03:00): it is read as 03:30 CEST.
        fields.put("startsAt", "2027-03-28T02:30");
        fields.put("endsAt", "2027-03-28T05:00");
        fields.put("registrationDeadline", "2027-03-27T12:00");
        Response created = operator.post("/operator/events/new", "/operator/events", fields);
        created.then().statusCode(303);
        String id = created.getHeader("Location").replaceAll(".*/operator/events/([0-9a-f-]{36}).*", "$1");
        io.restassured.RestAssured.given()
                .get("/api/v1/events/" + id)
                .then()
                .body("startsAt", org.hamcrest.Matchers.equalTo("2027-03-28T03:30:00+02:00"));
        assertThat(OffsetDateTime.parse("2027-03-28T03:30:00+02:00").toInstant().toString())
                .isEqualTo("2027-03-28T01:30:00Z");

        EventFixtures.register(investorToken(investor(), "王芳"), id).statusCode(201);
        Document detail = operator.page("/operator/events/" + id);
        assertThat(detail.select("tr[data-registration-status=REGISTERED] td")
                        .first()
                        .text())
                .isEqualTo("王芳");
        String export = detail.select("a[href$=registrations.xlsx]").attr("href");
        operator.get(export).then().statusCode(200).contentType(RegistrationsWorkbook.MEDIA_TYPE);

        Response cancelled = operator.post("/operator/events/" + id, "/operator/events/" + id + "/cancel", Map.of());
        cancelled.then().statusCode(303);
        assertThat(operator.page("/operator/events/" + id).select("h1 .badge").text())
                .isEqualTo("已取消");
    }

    @Test
    void theOperatorPagesAreForOperators() {
        PageClient.as(investorToken(investor())).get("/operator/events").then().statusCode(403);
        Document console = PageClient.as(Tokens.operator()).page("/operator/events");
        assertThat(console.select("nav.role-nav a[href=/operator/events]").text())
                .isEqualTo("活动管理");
        assertThat(PageClient.anonymous().page("/events").select("nav.role-nav a[href=/operator/events]"))
                .isEmpty();
    }

    @Test
    void theHomePageAndTheAtomFeedAnnounceUpcomingEvents() {
        // Sooner than any other test's event: the home page lists the soonest three, the feed ten.
        String id = EventFixtures.startingIn(java.time.Duration.ofMinutes(10));
        Document home = PageClient.anonymous().page("/");
        assertThat(home.select("#events-heading").text()).isEqualTo("近期活动");
        assertThat(home.select("[data-event-id=" + id + "] a").attr("href")).isEqualTo("/events/" + id);
        String feed = io.restassured.RestAssured.given().get("/feeds/pool.atom").asString();
        assertThat(feed).contains("urn:techpool:event:" + id).contains("urn:techpool:kind");
    }

    private static Map<String, Object> form() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title.zh", "页面创建的路演");
        fields.put("title.en", "");
        fields.put("description.zh", "页面创建");
        fields.put("description.en", "");
        fields.put("kind", "OFFLINE");
        fields.put("place", "兰州");
        fields.put("url", "");
        fields.put("timeZone", "Asia/Shanghai");
        fields.put("startsAt", "2027-05-10T14:00");
        fields.put("endsAt", "2027-05-10T17:00");
        fields.put("registrationDeadline", "2027-05-09T18:00");
        fields.put("capacity", "30");
        fields.put("achievementIds", PublishedPool.get().fit);
        return fields;
    }
}
