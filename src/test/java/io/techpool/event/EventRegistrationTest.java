package io.techpool.event;

import static io.techpool.Fixtures.as;
import static io.techpool.event.EventFixtures.body;
import static io.techpool.event.EventFixtures.create;
import static io.techpool.event.EventFixtures.investor;
import static io.techpool.event.EventFixtures.investorToken;
import static io.techpool.event.EventFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Outbox;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventRegistrationTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    EventReminders reminders;

    @Test
    void register_confirmsByMailWithTheCalendarFileAttached() throws Exception {
        String id = create(body());
        String investor = investor();
        register(investorToken(investor), id)
                .statusCode(201)
                .body("status", equalTo("REGISTERED"))
                .body("position", nullValue());

        Outbox.awaitSent();
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(investor + "@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("报名成功").contains("兰州新能源成果路演");
        MailAttachment ics = mails.getFirst().getAttachment().getFirst();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(
                        new ByteArrayInputStream(ics.getData().getBytes()))
                .first();
        assertThat(calendar.getEvents().getFirst().getUid().getValue()).isEqualTo("event-" + id + "@techpool");

        as(investorToken(investor))
                .get("/api/v1/events/" + id)
                .then()
                .body("registration.status", equalTo("REGISTERED"))
                .body("registered", equalTo(1));
    }

    @Test
    void registerTwice_returns409() {
        String id = create(body());
        String token = investorToken(investor());
        register(token, id).statusCode(201);
        register(token, id).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void register_returns409_afterTheDeadline_andForACancelledEvent() {
        Map<String, Object> body = body();
        body.put(
                "registrationDeadline",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString());
        String closed = create(body);
        register(investorToken(investor()), closed).statusCode(409);

        String cancelled = create(body());
        as(Tokens.operator())
                .post("/api/v1/events/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        register(investorToken(investor()), cancelled).statusCode(409);
    }

    @Test
    void onlyInvestorsRegister() {
        String id = create(body());
        register(Tokens.institution(PublishedPool.get().owner), id).statusCode(403);
        register(Tokens.operator(), id).statusCode(403);
    }

    @Test
    void whenFull_theNextWait_andTheFirstWaitingGetsAFreedPlaceByMail() {
        String id = EventFixtures.withCapacity(1);
        String first = investor();
        String second = investor();
        String third = investor();
        register(investorToken(first), id).statusCode(201).body("status", equalTo("REGISTERED"));
        register(investorToken(second), id)
                .statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("position", equalTo(1));
        register(investorToken(third), id)
                .statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("position", equalTo(2));
        Outbox.awaitSent();
        assertThat(mailbox.getMailMessagesSentTo(second + "@example.org")).isEmpty();

        as(investorToken(first))
                .delete("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(204);

        as(investorToken(second)).get("/api/v1/events/" + id).then().body("registration.status", equalTo("REGISTERED"));
        as(investorToken(third))
                .get("/api/v1/events/" + id)
                .then()
                .body("registration.status", equalTo("WAITING"))
                .body("registration.position", equalTo(1));
        Outbox.awaitSent();
        assertThat(mailbox.getMailMessagesSentTo(second + "@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("候补转正"));
        as(investorToken(first))
                .delete("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(404);
        // Giving up is not for ever: registering again queues up behind those already waiting.
        register(investorToken(first), id)
                .statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("position", equalTo(2));
    }

    @Test
    void raisingTheCapacity_givesThePlacesToThoseWaiting_andTellsTheRegisteredOfTheChange() {
        Map<String, Object> body = body();
        body.put("capacity", 1);
        String id = create(body);
        String registered = investor();
        String waiting = investor();
        register(investorToken(registered), id).statusCode(201);
        register(investorToken(waiting), id).statusCode(201).body("status", equalTo("WAITING"));
        Outbox.awaitSent();
        mailbox.clear();

        body.put("capacity", 2);
        as(Tokens.operator())
                .body(body)
                .put("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("placesLeft", equalTo(0));

        Outbox.awaitSent();
        assertThat(mailbox.getMailMessagesSentTo(waiting + "@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("候补转正"));
        Outbox.awaitSent();
        assertThat(mailbox.getMailMessagesSentTo(registered + "@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("活动信息更新"));
    }

    @Test
    void cancellingTheEvent_tellsTheRegisteredAndTheWaiting() throws Exception {
        String id = EventFixtures.withCapacity(1);
        String registered = investor();
        String waiting = investor();
        register(investorToken(registered), id).statusCode(201);
        register(investorToken(waiting), id).statusCode(201);
        Outbox.awaitSent();
        mailbox.clear();

        as(Tokens.operator()).post("/api/v1/events/" + id + "/cancel").then().statusCode(200);

        for (String who : List.of(registered, waiting)) {
            Outbox.awaitSent();
            MailMessage mail =
                    mailbox.getMailMessagesSentTo(who + "@example.org").getFirst();
            assertThat(mail.getSubject()).contains("活动取消");
            ICalendar calendar = Biweekly.parse(
                            mail.getAttachment().getFirst().getData().toString(StandardCharsets.UTF_8))
                    .first();
            assertThat(calendar.getEvents().getFirst().getStatus().isCancelled())
                    .isTrue();
            assertThat(calendar.getEvents().getFirst().getSequence().getValue()).isEqualTo(1);
        }
    }

    @Test
    void mailsSpeakTheLanguageTheInvestorRegisteredIn() {
        String id = create(body());
        String investor = investor();
        as(investorToken(investor))
                .header("Accept-Language", "en")
                .post("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(201);
        Outbox.awaitSent();
        MailMessage mail =
                mailbox.getMailMessagesSentTo(investor + "@example.org").getFirst();
        assertThat(mail.getSubject()).isEqualTo("[TechPool] You are registered: Lanzhou new-energy roadshow");
        assertThat(mail.getText()).contains("Where: 兰州市城关区科技大厦 3 楼").contains("Asia/Shanghai, UTC+08:00");
    }

    @Test
    void fiftyInvestorsAtOnceForTheLastTenPlaces_exactlyTenAreRegistered() throws Exception {
        String id = EventFixtures.withCapacity(12);
        register(investorToken(investor()), id).statusCode(201);
        register(investorToken(investor()), id).statusCode(201);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(investorToken(investor()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Map<String, Object>>> answers = new ArrayList<>();
        try {
            for (String token : tokens) {
                Callable<Map<String, Object>> call = () -> {
                    start.await();
                    return register(token, id).statusCode(201).extract().as(Map.class);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Map<String, Object>> results = new ArrayList<>();
            for (Future<Map<String, Object>> answer : answers) {
                results.add(answer.get());
            }
            assertThat(results)
                    .filteredOn(r -> "REGISTERED".equals(r.get("status")))
                    .hasSize(10);
            assertThat(results)
                    .filteredOn(r -> "WAITING".equals(r.get("status")))
                    .extracting(r -> r.get("position"))
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdownNow();
        }
        io.restassured.RestAssured.given()
                .get("/api/v1/events/" + id)
                .then()
                .body("registered", equalTo(12))
                .body("waiting", equalTo(40))
                .body("placesLeft", equalTo(0));
    }

    @Test
    void operatorsSeeEverything_ownersOfPresentedEntriesSeeNoEmail_othersNothing() {
        String id = create(body());
        String investor = investor();
        register(EventFixtures.investorToken(investor, "李雷"), id).statusCode(201);

        as(Tokens.operator())
                .get("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(200)
                .body("registered", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("李雷"))
                .body("items[0].email", equalTo(investor + "@example.org"));
        String ownerView = as(Tokens.institution(PublishedPool.get().owner))
                .get("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo("李雷"))
                .body("items[0].organization", equalTo("VC-" + Math.abs(investor.hashCode() % 1000)))
                .body("items[0].email", nullValue())
                .extract()
                .asString();
        assertThat(ownerView).doesNotContain("@example.org");
        as(Tokens.institution(io.techpool.Fixtures.organization()))
                .get("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(403);
        as(investorToken(investor))
                .get("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(403);
    }

    @Test
    void operatorsExportTheRegistrations_formulaLikeNamesStayText() throws Exception {
        String id = create(body());
        String investor = investor();
        register(EventFixtures.investorToken(investor, "=HYPERLINK(\"http://x\")"), id)
                .statusCode(201);

        byte[] xlsx = as(Tokens.operator())
                .get("/api/v1/events/" + id + "/registrations/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(RegistrationsWorkbook.MEDIA_TYPE)
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(rows.get(1).getCellText(2)).isEqualTo(investor + "@example.org");
        }
        // Text-formatted too, so the name stays text when someone edits the cell in Excel.
        assertThat(io.techpool.Workbooks.sheets(xlsx)
                        .values()
                        .iterator()
                        .next()
                        .isProtectedText(2, investor + "@example.org", 0))
                .isTrue();
        as(Tokens.institution(PublishedPool.get().owner))
                .get("/api/v1/events/" + id + "/registrations/export")
                .then()
                .statusCode(403);
        as(Tokens.operator())
                .get("/api/v1/events/" + id + "/registrations/export?format=csv")
                .then()
                .statusCode(400);
    }

    @Test
    void theReminderGoesOutOnceTheDayBefore() {
        String soon = EventFixtures.startingIn(Duration.ofHours(20));
        String later = EventFixtures.startingIn(Duration.ofDays(5));
        String investor = investor();
        register(investorToken(investor), soon).statusCode(201);
        register(investorToken(investor), later).statusCode(201);
        Outbox.awaitSent();
        mailbox.clear();

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        reminders.run(now);
        reminders.run(now.plusMinutes(15));

        Outbox.awaitSent();
        assertThat(mailbox.getMailMessagesSentTo(investor + "@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("活动提醒"));
    }
}
