package io.techpool.achievement;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AchievementResourceTest {

    @Test
    void create_returns201WithLocation_asADraftWithoutRegistrationNumber() {
        as(Tokens.institution(Fixtures.organization()))
                .body(Fixtures.achievement())
                .post("/api/v1/achievements")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/achievements/"))
                .body("status", equalTo("DRAFT"))
                .body("registrationNumber", nullValue());
    }

    @Test
    void get_returnsChineseTextExactlyAsCreated() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .body("title.zh", equalTo("高效光伏电池材料"))
                .body("summary.zh", equalTo("一种钙钛矿叠层太阳能电池的制备方法，转换效率达到 31%。"))
                .body("keywords", equalTo(List.of("钙钛矿", "光伏", "solar")))
                .body("team[0].name", equalTo("张伟"))
                .body("ipRights[0].kind", equalTo("INVENTION_PATENT"))
                .body("transferModes", equalTo(List.of("LICENSE", "EQUITY")))
                .body("industrySection", equalTo("C"))
                .body("contact.email", equalTo("wangfang@example.org"))
                .body("organizationCode", equalTo(org));
    }

    @Test
    void create_returns401_whenAnonymous() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.achievement())
                .post("/api/v1/achievements")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void create_returns403_forOtherRoles() {
        for (String token : List.of(Tokens.operator(), Tokens.reviewer("10614"), Tokens.investor("INV"))) {
            as(token)
                    .body(Fixtures.achievement())
                    .post("/api/v1/achievements")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void create_returns403_whenTheTokensOrganizationIsUnknown() {
        as(Tokens.institution("UNKNOWN-ORG"))
                .header("Accept-Language", "en")
                .body(Fixtures.achievement())
                .post("/api/v1/achievements")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("Your token's organization 'UNKNOWN-ORG' is not registered in TechPool; "
                                + "ask the operator to add it."));
    }

    @Test
    void get_isForTheOwnerOperatorsAndAssignedReviewers_only() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        as(Tokens.operator())
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .body("contact.name", equalTo("王芳"));
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.reviewer(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(404); // only an assigned reviewer may read it
        as(Tokens.investor(org)).get("/api/v1/achievements/" + id).then().statusCode(403);
        given().get("/api/v1/achievements/" + id).then().statusCode(401);
    }

    @Test
    void get_returns404_forAnUnknownId() {
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void get_returns404_forAMalformedId() {
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void list_showsOnlyOwnOrganizationsAchievements_forAnInstitution() {
        String org = Fixtures.organization();
        String mine = Fixtures.draft(org);
        Fixtures.draft(Fixtures.organization());
        as(Tokens.institution(org))
                .queryParam("size", 100)
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(mine)))
                .body("items.organizationCode", everyItem(equalTo(org)));
    }

    @Test
    void list_showsEveryOrganizationsAchievements_forAnOperator() {
        String theirs = Fixtures.draft(Fixtures.organization());
        as(Tokens.operator())
                .queryParam("size", 100)
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(theirs));
    }

    @Test
    void list_filtersByStatus() {
        String org = Fixtures.organization();
        String submitted = Fixtures.draft(org);
        String draft = Fixtures.draft(org);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + submitted + "/submit")
                .then()
                .statusCode(200);
        as(Tokens.institution(org))
                .queryParam("status", "SUBMITTED")
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(submitted)));
        as(Tokens.institution(org))
                .queryParam("status", "DRAFT")
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(draft)));
    }

    @Test
    void list_namesOnlyTheUnknownStatus_andTakesAnEmptyOneAsNoFilter() {
        String org = Fixtures.organization();
        String draft = Fixtures.draft(org);
        for (String status : List.of("LOST", "draft")) {
            as(Tokens.institution(org))
                    .queryParams(Map.of("status", status, "q", status, "size", 5))
                    .get("/api/v1/achievements")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("status")))
                    .body("errors[0].message", containsString("IN_POOL"));
        }
        assertThat(as(Tokens.institution(org))
                        .queryParam("status", "")
                        .get("/api/v1/achievements")
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(draft);
    }

    @Test
    void list_returns400_forBadPaging() {
        String org = Fixtures.organization();
        as(Tokens.institution(org))
                .queryParam("size", 101)
                .get("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.institution(org))
                .queryParam("page", -1)
                .get("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void list_returns400NamingStatus_forAnUnknownStatus() {
        as(Tokens.institution(Fixtures.organization()))
                .queryParam("status", "LOST")
                .get("/api/v1/achievements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void list_returns403_forAReviewer() {
        as(Tokens.reviewer(Fixtures.organization()))
                .get("/api/v1/achievements")
                .then()
                .statusCode(403);
    }

    @Test
    void replace_updatesTheDraft_andBumpsTheVersion() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        Map<String, Object> body = Fixtures.achievement();
        body.put("title", Map.of("zh", "钙钛矿叠层电池（修订）", "en", "Perovskite tandem cells (revised)"));
        body.put("version", 0);
        as(Tokens.institution(org))
                .body(body)
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .body("title.zh", equalTo("钙钛矿叠层电池（修订）"))
                .body("version", equalTo(1));
    }

    @Test
    void replace_returns409_onAStaleVersion() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        Map<String, Object> body = Fixtures.achievement();
        body.put("version", 0);
        as(Tokens.institution(org))
                .body(body)
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(200);
        as(Tokens.institution(org))
                .body(body)
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void replace_returns400NamingVersion_withoutVersion() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        as(Tokens.institution(org))
                .body(Fixtures.achievement())
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void replace_returns404_forAnotherOrganization() {
        String id = Fixtures.draft(Fixtures.organization());
        as(Tokens.institution(Fixtures.organization()))
                .body(versioned(0))
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void replace_returns403_forAnOperator() {
        String id = Fixtures.draft(Fixtures.organization());
        as(Tokens.operator())
                .body(versioned(0))
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void replace_returns409_onceSubmitted() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);
        as(Tokens.institution(org))
                .body(versioned(1))
                .put("/api/v1/achievements/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    /** A complete achievement body that replaces {@code version}. */
    private static Map<String, Object> versioned(int version) {
        Map<String, Object> body = Fixtures.achievement();
        body.put("version", version);
        return body;
    }

    @Test
    void delete_removesADraft_only() {
        String org = Fixtures.organization();
        String draft = Fixtures.draft(org);
        as(Tokens.institution(Fixtures.organization()))
                .delete("/api/v1/achievements/" + draft)
                .then()
                .statusCode(404);
        as(Tokens.institution(org))
                .delete("/api/v1/achievements/" + draft)
                .then()
                .statusCode(204);
        as(Tokens.institution(org)).get("/api/v1/achievements/" + draft).then().statusCode(404);
        String submitted = Fixtures.draft(org);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + submitted + "/submit")
                .then()
                .statusCode(200);
        as(Tokens.institution(org))
                .delete("/api/v1/achievements/" + submitted)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void submit_assignsARegistrationNumber_fromRegionYearTypeAndSerial() {
        String region = Fixtures.freshRegion();
        String org = Fixtures.organization(region);
        String first = Fixtures.draft(org);
        Map<String, Object> theory = Fixtures.achievement();
        theory.put("type", "BASIC_THEORY");
        String second = Fixtures.draft(org, theory);
        String year = Year.now(ZoneId.of("Asia/Shanghai")).toString();
        String prefix = region.substring(0, 3);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + first + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .body("registrationNumber", equalTo(prefix + year + "1" + "0001"));
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + second + "/submit")
                .then()
                .statusCode(200)
                .body("registrationNumber", equalTo(prefix + year + "2" + "0002"));
    }

    /** As curl sends it: no body, no content type. The pages' CSRF check must not touch bearer API calls. */
    @Test
    void submit_withoutBodyOrContentType_isAccepted() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        given().auth()
                .oauth2(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
    }

    @Test
    void submit_returns404_forAnotherOrganization() {
        String id = Fixtures.draft(Fixtures.organization());
        as(Tokens.institution(Fixtures.organization()))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(404);
    }

    @Test
    void submit_returns403_forAnOperator() {
        String id = Fixtures.draft(Fixtures.organization());
        as(Tokens.operator())
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(403);
    }

    @Test
    void submit_returns409_whenAlreadySubmitted() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void withdraw_returns409_forADraft() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/withdraw")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void withdraw_returns404_forAnotherOrganization() {
        String id = Fixtures.submitted(Fixtures.organization());
        as(Tokens.institution(Fixtures.organization()))
                .post("/api/v1/achievements/" + id + "/withdraw")
                .then()
                .statusCode(404);
    }

    @Test
    void withdraw_movesSubmittedToWithdrawn_keepingTheRegistrationNumber() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);
        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("registrationNumber", notNullValue());
    }

    @Test
    void contactIsOnlyInAnswersToOwnerAndOperator() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        String otherOrgAnswer = as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements/" + id)
                .then()
                .extract()
                .asString();
        assertThat(otherOrgAnswer).doesNotContain("wangfang@example.org").doesNotContain("王芳");
        as(Tokens.institution(Fixtures.organization()))
                .get("/api/v1/achievements")
                .then()
                .body("items.contact.email", not(hasItem("wangfang@example.org")));
    }
}
