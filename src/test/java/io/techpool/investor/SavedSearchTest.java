package io.techpool.investor;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.techpool.Fixtures;
import io.techpool.Outbox;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavedSearchTest {

    @Inject
    SavedSearchService savedSearches;

    @Inject
    MockMailbox mailbox;

    @Test
    void anInvestorIsToldOnceOfNewEntriesMatchingASavedSearch_inTheLanguageItWasSavedIn() {
        String investor = Fixtures.uniqueName("inv");
        RequestSpecification me = as(Tokens.token(investor, "investor", null));
        String saved = me.body(Map.of("name", "储能电池", "criteria", Map.of("q", "固态储能", "industries", List.of("38"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .body("newCount", equalTo(0))
                .extract()
                .path("id");
        String english = Fixtures.uniqueName("inv");
        as(Tokens.token(english, "investor", null))
                .header("Accept-Language", "en")
                .body(Map.of("name", "Storage", "criteria", Map.of("q", "固态储能", "industries", List.of("38"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201);

        String owner = Fixtures.organization();
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "固态储能电池电解质", "en", "Solid-state electrolyte for energy storage"));
        String star = Fixtures.submitted(owner, body);
        for (int i = 0; i < 4; i++) {
            Fixtures.submitted(owner);
        }
        String round = Fixtures.publishRound(Map.of(star, 90));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().queryParam("round", round)
                        .get("/api/v1/pool")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .contains(star));
        Outbox.awaitSent();
        mailbox.clear();

        savedSearches.checkAll();
        savedSearches.checkAll();

        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(investor + "@example.org"))
                .hasSize(1)
                .first()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("【科技成果转化池】「储能电池」有 1 项新成果");
                    assertThat(mail.getText()).contains("您保存的检索「储能电池」有新的入池成果", "固态储能电池电解质");
                });
        Outbox.awaitSent();
        assertThat(mailbox.getMailsSentTo(english + "@example.org"))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("[TechPool] 1 new pool entries for \"Storage\"");
                    assertThat(mail.getText()).contains("Solid-state electrolyte for energy storage");
                });
        me.get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + saved + "' }.newCount", equalTo(1));
        me.get("/api/v1/investors/me/saved-searches/" + saved + "/results")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(star));
        me.get("/api/v1/investors/me/saved-searches")
                .then()
                .body("items.find { it.id == '" + saved + "' }.newCount", equalTo(0));
    }

    @Test
    void savedSearchesAreTheInvestorsOwn() {
        String investor = Fixtures.uniqueName("inv");
        String saved = as(Tokens.token(investor, "investor", null))
                .body(Map.of("name", "风电", "criteria", Map.of("q", "风电")))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.token(Fixtures.uniqueName("other"), "investor", null))
                .delete("/api/v1/investors/me/saved-searches/" + saved)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(403);
        given().get("/api/v1/investors/me/saved-searches").then().statusCode(401);
        as(Tokens.token(investor, "investor", null))
                .delete("/api/v1/investors/me/saved-searches/" + saved)
                .then()
                .statusCode(204);
    }

    @Test
    void aSavedSearchIsValidated() {
        as(Tokens.token(Fixtures.uniqueName("inv"), "investor", null))
                .body(Map.of("name", "", "criteria", Map.of("trlMin", 0)))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("criteria.trlMin"));
    }

    @Test
    void aSavedSearchWithAnUnknownFilterValueIsRefused_notSavedToNeverMatch() {
        RequestSpecification me = as(Tokens.token(Fixtures.uniqueName("inv"), "investor", null));
        me.body(Map.of("name", "无效", "criteria", Map.of("transferModes", List.of("LICENSE", "NOPE"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("criteria.transferModes[1]"));
        me.body(Map.of(
                        "name",
                        "无效",
                        "criteria",
                        Map.of("sections", List.of("Z"), "industries", List.of("3"), "regions", List.of("6201"))))
                .post("/api/v1/investors/me/saved-searches")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("criteria.sections[0]"))
                .body("errors.field", hasItem("criteria.industries[0]"))
                .body("errors.field", hasItem("criteria.regions[0]"));
        me.get("/api/v1/investors/me/saved-searches").then().statusCode(200).body("total", equalTo(0));
    }
}
