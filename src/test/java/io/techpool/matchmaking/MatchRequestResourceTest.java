package io.techpool.matchmaking;

import static io.restassured.RestAssured.given;
import static io.techpool.matchmaking.MatchFixtures.caller;
import static io.techpool.matchmaking.MatchFixtures.investor;
import static io.techpool.matchmaking.MatchFixtures.investorToken;
import static io.techpool.matchmaking.MatchFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.Outbox;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchRequestResourceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MatchmakingJobs jobs;

    @Test
    void theWholeFlow_requestAcceptTalkSign() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String investorEmail = investor + "@example.org";
        caller(investorToken(investor))
                .body(Map.of(
                        "industries", List.of("38"), "trlMin", 4, "trlMax", 7, "transferModes", List.of("LICENSE")))
                .put("/api/v1/investors/me")
                .then()
                .statusCode(200);
        Outbox.awaitSent();
        mailbox.clear();

        String id = caller(investorToken(investor))
                .body(Map.of(
                        "message",
                        "我们希望以许可方式引进该技术。",
                        "transferMode",
                        "LICENSE",
                        "budgetMin",
                        1000000,
                        "budgetMax",
                        3000000))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/match-requests/"))
                .body("status", equalTo("REQUESTED"))
                .body("transferMode", equalTo("LICENSE"))
                .body("contact", nullValue())
                .extract()
                .path("id");
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .hasSize(1)
                .allSatisfy(m -> assertThat(m.getText()).doesNotContain(investorEmail));

        String owner = Tokens.institution(pool.owner);
        Response received = caller(owner).get("/api/v1/match-requests?size=100");
        received.then().statusCode(200).body("items.find { it.id == '" + id + "' }.unread", equalTo(true));
        int unread = Integer.parseInt(received.header("X-Unread-Count"));
        assertThat(unread).isPositive();
        caller(owner)
                .get("/api/v1/match-requests/" + id)
                .then()
                .statusCode(200)
                .body("message", equalTo("我们希望以许可方式引进该技术。"))
                .body("investorOrganization", equalTo("VC-" + investor.hashCode() % 1000))
                .body("investorProfile.industries", contains("38"))
                .body("investorProfile.trlMax", equalTo(7))
                .body("investorContact", nullValue());
        caller(owner)
                .get("/api/v1/match-requests?size=100")
                .then()
                .header("X-Unread-Count", String.valueOf(unread - 1))
                .body("items.find { it.id == '" + id + "' }.unread", equalTo(false));

        caller(owner)
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("investorContact.email", equalTo(investorEmail))
                .body("contact", nullValue());
        caller(investorToken(investor))
                .get("/api/v1/match-requests/" + id)
                .then()
                .statusCode(200)
                .body("contact.email", equalTo(pool.teamEmail))
                .body("contact.phone", equalTo(pool.teamPhone))
                .body("investorContact", nullValue());

        caller(investorToken(investor))
                .body(Map.of("text", "请问可以安排线下交流吗？"))
                .post("/api/v1/match-requests/" + id + "/messages")
                .then()
                .statusCode(201);
        caller(owner)
                .body(Map.of("text", "可以，下周二上午。"))
                .post("/api/v1/match-requests/" + id + "/messages")
                .then()
                .statusCode(201)
                .body("messages.side", contains("INVESTOR", "OWNER"))
                .body("messages.text", contains("请问可以安排线下交流吗？", "可以，下周二上午。"));

        caller(investorToken(investor))
                .body(Map.of("status", "IN_TALKS"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_TALKS"));
        caller(owner)
                .body(Map.of("status", "DEAL_SIGNED", "dealValue", 2500000, "transferMode", "LICENSE"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("DEAL_SIGNED"))
                .body("dealTransferMode", equalTo("LICENSE"))
                .body("next", hasSize(0));

        caller(Tokens.operator())
                .get("/api/v1/match-requests/" + id)
                .then()
                .statusCode(200)
                .body("history.to", contains("REQUESTED", "ACCEPTED", "IN_TALKS", "DEAL_SIGNED"))
                .body("history.side", contains("INVESTOR", "OWNER", "INVESTOR", "OWNER"))
                .body("history.at", hasSize(4))
                .body("contact.email", equalTo(pool.teamEmail))
                .body("investorContact.email", equalTo(investorEmail));
        caller(investorToken(investor))
                .get("/api/v1/match-requests")
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].status", equalTo("DEAL_SIGNED"));
    }

    /** Several roles: the list holds what each role alone would list, each row seen from its own side. */
    @Test
    void aPersonWhoInvestsAndWorksForTheOwner_listsBothTheRequestsSentAndThoseReceived() {
        MatchFixtures pool = MatchFixtures.shared();
        String received = request(investor(), pool.entry, "我们对该成果感兴趣。");
        String username = Fixtures.uniqueName("both");
        String both = Tokens.token(username, List.of("institution", "investor"), pool.owner);
        String sent = caller(both)
                .body(Map.of("message", "想了解许可条件。"))
                .post("/api/v1/pool/" + io.techpool.PublishedPool.get().fit + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        caller(both)
                .queryParam("size", 100)
                .get("/api/v1/match-requests")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(received))
                .body("items.id", hasItem(sent));
    }

    @Test
    void contactsAppearNowhereBeforeAcceptance() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String investorEmail = investor + "@example.org";
        String investorToken = investorToken(investor);
        String owner = Tokens.institution(pool.owner);
        List<String> answers = new ArrayList<>();

        Response created = caller(investorToken)
                .body(Map.of("message", "希望了解该成果。"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests");
        assertThat(created.statusCode()).isEqualTo(201);
        answers.add(created.asString());
        String id = created.path("id");
        answers.add(caller(investorToken).get("/api/v1/match-requests/" + id).asString());
        answers.add(caller(investorToken).get("/api/v1/match-requests").asString());
        answers.add(caller(owner).get("/api/v1/match-requests/" + id).asString());
        answers.add(caller(owner).get("/api/v1/match-requests").asString());
        answers.add(
                caller(Tokens.operator()).get("/api/v1/match-requests/" + id).asString());
        answers.add(
                caller(Tokens.operator()).get("/api/v1/match-requests?size=100").asString());
        answers.add(caller(investorToken).get("/api/v1/pool/" + pool.entry).asString());
        answers.add(given().get("/feeds/pool.atom").asString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> caller(investorToken)
                        .queryParam("round", pool.round)
                        .get("/api/v1/pool")
                        .jsonPath()
                        .getList("items.id")
                        .contains(pool.entry));
        answers.add(caller(investorToken)
                .queryParam("q", "超导")
                .queryParam("round", pool.round)
                .get("/api/v1/pool")
                .asString());
        Response duplicate = caller(investorToken)
                .body(Map.of("message", "再问一次。"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        answers.add(duplicate.asString());
        Response early =
                caller(investorToken).body(Map.of("text", "先聊聊？")).post("/api/v1/match-requests/" + id + "/messages");
        assertThat(early.statusCode()).isEqualTo(409);
        answers.add(early.asString());
        Response illegal =
                caller(owner).body(Map.of("status", "IN_TALKS")).post("/api/v1/match-requests/" + id + "/status");
        assertThat(illegal.statusCode()).isEqualTo(409);
        answers.add(illegal.asString());

        assertThat(answers)
                .hasSize(13)
                .allSatisfy(answer -> assertThat(answer)
                        .doesNotContain(pool.teamEmail)
                        .doesNotContain(pool.teamPhone)
                        .doesNotContain(investorEmail));
    }

    @Test
    void request_returns409_onAnEntryNotInThePool() {
        MatchFixtures pool = MatchFixtures.shared();
        caller(investorToken(investor()))
                .body(Map.of("message", "你好"))
                .post("/api/v1/pool/" + pool.notSelected + "/match-requests")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void request_returns404_onAnUnknownEntry() {
        caller(investorToken(investor()))
                .body(Map.of("message", "你好"))
                .post("/api/v1/pool/" + UUID.randomUUID() + "/match-requests")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void request_returns404_onAMalformedEntryId() {
        caller(investorToken(investor()))
                .body(Map.of("message", "你好"))
                .post("/api/v1/pool/not-an-id/match-requests")
                .then()
                .statusCode(404);
    }

    @Test
    void request_returns403_forAnInstitution() {
        MatchFixtures pool = MatchFixtures.shared();
        caller(Tokens.institution(pool.owner))
                .body(Map.of("message", "你好"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(403);
    }

    @Test
    void request_returns409_whenTheInvestorHasAnOpenOne() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        request(investor, pool.entry, "第一次");
        caller(investorToken(investor))
                .body(Map.of("message", "第二次"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void decline_closesTheRequest_withoutGivingTheInvestorsContact() {
        MatchFixtures pool = MatchFixtures.shared();
        String first = request(investor(), pool.entry, "第一次");
        caller(Tokens.institution(pool.owner))
                .body(Map.of("reason", "暂不考虑许可方式。"))
                .post("/api/v1/match-requests/" + first + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("investorContact", nullValue());
    }

    @Test
    void get_showsTheInvestorTheReason_butNoContact_whenDeclined() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String first = declined(investor, pool);
        caller(investorToken(investor))
                .get("/api/v1/match-requests/" + first)
                .then()
                .body("declineReason", equalTo("暂不考虑许可方式。"))
                .body("contact", nullValue());
    }

    @Test
    void request_returns201_whenTheInvestorsEarlierOneWasDeclined() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        declined(investor, pool);
        request(investor, pool.entry, "第三次");
    }

    /** A request of {@code investor} the owner declined with a reason; answers its id. */
    private static String declined(String investor, MatchFixtures pool) {
        String id = request(investor, pool.entry, "第一次");
        caller(Tokens.institution(pool.owner))
                .body(Map.of("reason", "暂不考虑许可方式。"))
                .post("/api/v1/match-requests/" + id + "/decline")
                .then()
                .statusCode(200);
        return id;
    }

    @Test
    void request_returns409_forTheLoserOfTwoSimultaneousRequests() throws Exception {
        MatchFixtures pool = MatchFixtures.shared();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String token = investorToken(investor());
                Callable<Integer> send = () -> caller(token)
                        .body(Map.of("message", "同时"))
                        .post("/api/v1/pool/" + pool.entry + "/match-requests")
                        .statusCode();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : threads.invokeAll(List.of(send, send))) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void request_isValidated() {
        MatchFixtures pool = MatchFixtures.shared();
        caller(investorToken(investor()))
                .body(Map.of("message", "x".repeat(2001), "transferMode", "GIFT", "budgetMin", 5, "budgetMax", 1))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("message"));
        caller(investorToken(investor()))
                .body(Map.of("message", "ok", "transferMode", "GIFT"))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("transferMode"));
    }

    @Test
    void anUnknownTransferMode_isNamedWithTheOtherBadFields_andNoGoodOne() {
        MatchFixtures pool = MatchFixtures.shared();
        caller(investorToken(investor()))
                .body(Map.of("message", "x".repeat(2001), "transferMode", "GIFT", "budgetMin", 5))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("message", "transferMode"))
                .body("errors.find { it.field == 'transferMode' }.message", containsString("LICENSE"));
        String investor = investor();
        String id = request(investor, pool.entry, "你好");
        caller(investorToken(investor))
                .body(Map.of("status", "IN_TALKS", "transferMode", "license"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("transferMode")));
    }

    @Test
    void acceptAndDecline_return404_forAnotherOrganization() {
        String id = request(investor(), MatchFixtures.shared().entry, "你好");
        String otherOrg = Tokens.institution(Fixtures.organization());
        caller(otherOrg)
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        caller(otherOrg)
                .body(Map.of())
                .post("/api/v1/match-requests/" + id + "/decline")
                .then()
                .statusCode(404);
    }

    @Test
    void accept_returns403_forTheInvestorAndOperators() {
        String investor = investor();
        String id = request(investor, MatchFixtures.shared().entry, "你好");
        caller(investorToken(investor))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(403);
        caller(Tokens.operator())
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(403);
    }

    @Test
    void getAndList_showNothing_toAnotherOrganization() {
        String id = request(investor(), MatchFixtures.shared().entry, "你好");
        String otherOrg = Tokens.institution(Fixtures.organization());
        caller(otherOrg).get("/api/v1/match-requests/" + id).then().statusCode(404);
        caller(otherOrg).get("/api/v1/match-requests").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void get_returns404_forAnotherInvestor() {
        String id = request(investor(), MatchFixtures.shared().entry, "你好");
        caller(investorToken(investor()))
                .get("/api/v1/match-requests/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void get_returns401_withoutAToken() {
        String id = request(investor(), MatchFixtures.shared().entry, "你好");
        given().get("/api/v1/match-requests/" + id).then().statusCode(401);
    }

    @Test
    void decline_returns409NamingTheAllowedSteps_onceAccepted() {
        MatchFixtures pool = MatchFixtures.shared();
        String id = request(investor(), pool.entry, "你好");
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200);
        caller(Tokens.institution(pool.owner))
                .body(Map.of())
                .post("/api/v1/match-requests/" + id + "/decline")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("IN_TALKS"))
                .body("detail", containsString("CLOSED"));
    }

    @Test
    void thePipelineMovesOnlyAlongItsTransitions() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = request(investor, pool.entry, "你好");
        String token = investorToken(investor);
        caller(token)
                .body(Map.of("status", "IN_TALKS"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(409)
                .body("detail", containsString("ACCEPTED"));
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("next", contains("IN_TALKS", "CLOSED"));
        caller(token)
                .header("Accept-Language", "en")
                .body(Map.of("status", "DEAL_SIGNED"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("allowed: [IN_TALKS, CLOSED]"));
        caller(token)
                .body(Map.of("status", "ACCEPTED"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        caller(Tokens.operator())
                .body(Map.of("status", "CLOSED"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(403);
        caller(token)
                .body(Map.of("status", "CLOSED"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("history.to", contains("REQUESTED", "ACCEPTED", "CLOSED"));
        caller(token)
                .body(Map.of("status", "IN_TALKS"))
                .post("/api/v1/match-requests/" + id + "/status")
                .then()
                .statusCode(409)
                .body("detail", containsString("[]"));
        caller(token)
                .body(Map.of("text", "还在吗？"))
                .post("/api/v1/match-requests/" + id + "/messages")
                .then()
                .statusCode(409);
    }

    private static final String SCRIPT = "<script>alert('x')</script> 价格？";

    /** An accepted request of {@code investor} on the shared entry; answers its id. */
    private static String accepted(String investor) {
        MatchFixtures pool = MatchFixtures.shared();
        String id = request(investor, pool.entry, "你好");
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(200);
        return id;
    }

    /** The investor's burst of three messages, the last one markup, each answered 201 as JSON. */
    private static void sendABurst(String investor, String id) {
        for (String text : List.of("第一条", "第二条", SCRIPT)) {
            caller(investorToken(investor))
                    .body(Map.of("text", text))
                    .post("/api/v1/match-requests/" + id + "/messages")
                    .then()
                    .statusCode(201)
                    .contentType("application/json");
        }
    }

    @Test
    void messages_keepMarkupAsText() {
        String investor = investor();
        String id = accepted(investor);
        sendABurst(investor, id);
        caller(investorToken(investor))
                .get("/api/v1/match-requests/" + id)
                .then()
                .body("messages.text", contains("第一条", "第二条", SCRIPT));
    }

    @Test
    void message_returns400_overTwoThousandCharacters() {
        String investor = investor();
        String id = accepted(investor);
        caller(investorToken(investor))
                .body(Map.of("text", "x".repeat(2001)))
                .post("/api/v1/match-requests/" + id + "/messages")
                .then()
                .statusCode(400);
    }

    @Test
    void mailMessages_mailsABurstOnce_thenTheNextAfterTenMinutes() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = accepted(investor);
        String token = investorToken(investor);
        sendABurst(investor, id);
        Outbox.awaitSent();
        mailbox.clear();
        OffsetDateTime now = OffsetDateTime.now();

        jobs.mailMessages(now);
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("第一条", "第二条", SCRIPT));

        caller(token)
                .body(Map.of("text", "第四条"))
                .post("/api/v1/match-requests/" + id + "/messages")
                .then()
                .statusCode(201);
        jobs.mailMessages(now.plusMinutes(1));
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .hasSize(1);
        jobs.mailMessages(now.plusMinutes(11));
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .hasSize(2)
                .last()
                .satisfies(m -> assertThat(m.getText()).contains("第四条").doesNotContain("第一条"));
    }

    @Test
    void mailMessages_mailsTheOwnersMessageToTheInvestor() {
        String investor = investor();
        String id = accepted(investor);
        Outbox.awaitSent();
        mailbox.clear();
        caller(Tokens.institution(MatchFixtures.shared().owner))
                .body(Map.of("text", "收到。"))
                .post("/api/v1/match-requests/" + id + "/messages")
                .then()
                .statusCode(201);
        jobs.mailMessages(OffsetDateTime.now());
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(investor + "@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("收到。"));
    }

    @Test
    void anUnansweredRequestIsRemindedOnce_thenExpires() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        String id = request(investor, pool.entry, "你好");
        Outbox.awaitSent();
        mailbox.clear();
        OffsetDateTime now = OffsetDateTime.now();

        jobs.sweep(now.plusDays(6));
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .isEmpty();
        jobs.sweep(now.plusDays(8));
        jobs.sweep(now.plusDays(9));
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .hasSize(1);
        caller(investorToken(investor))
                .get("/api/v1/match-requests/" + id)
                .then()
                .body("status", equalTo("REQUESTED"));

        jobs.sweep(now.plusDays(31));
        caller(investorToken(investor))
                .get("/api/v1/match-requests/" + id)
                .then()
                .body("status", equalTo("EXPIRED"))
                .body("history.to", contains("REQUESTED", "EXPIRED"))
                .body("history[1].side", equalTo("SYSTEM"));
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(investor + "@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.getText()).contains(id));
        caller(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + id + "/accept")
                .then()
                .statusCode(409);
        request(investor, pool.entry, "再试一次");
    }

    @Test
    void mailsSpeakTheRecipientsLanguage_ownersChinese_investorsTheirRequests() {
        MatchFixtures pool = MatchFixtures.shared();
        String investor = investor();
        Outbox.awaitSent();
        mailbox.clear();
        String id = caller(investorToken(investor))
                .header("Accept-Language", "en")
                .body(Map.of("message", "We would like to license it."))
                .post("/api/v1/pool/" + pool.entry + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(pool.teamEmail))
                .filteredOn(m -> m.getText().contains(id))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).isEqualTo("【科技成果转化池】新的对接请求：高温超导电缆接头");
                    assertThat(m.getText()).contains("您好：", "转化池成果「高温超导电缆接头」收到一条新的对接请求");
                });

        jobs.sweep(OffsetDateTime.now().plusDays(31));
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(investor + "@example.org"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject())
                            .isEqualTo(
                                    "[TechPool] Matchmaking request expired: High-temperature superconducting cable joint");
                    assertThat(m.getText())
                            .contains("Hello,", "was not answered and has expired")
                            .doesNotContain("您好");
                });
    }
}
