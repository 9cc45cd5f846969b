package io.techpool.platform.audit;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each audited action leaves exactly one entry with its actor; the log is append-only and for operators only. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    UserTransaction transaction;

    /** The entries of a subject (and action), as an operator reads them through the API. */
    static List<Map<String, Object>> entries(String action, String subject) {
        return as(Tokens.operator())
                .queryParam("action", action)
                .queryParam("subject", subject)
                .queryParam("size", 100)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    static Map<String, Object> only(String action, String subject) {
        List<Map<String, Object>> found = entries(action, subject);
        assertThat(found).as(action + " on " + subject).hasSize(1);
        return found.getFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> actor(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("actor");
    }

    @Test
    void submittingAnAchievement_leavesOneEntry_withTheTokensSubjectNameRolesAndAddress() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);

        Map<String, Object> entry = only("achievement.submit", id);

        assertThat(entry.get("subject")).isEqualTo(Map.of("type", "achievement", "id", id));
        assertThat(actor(entry))
                .containsEntry("subject", "inst-" + org)
                .containsEntry("username", "inst-" + org)
                .containsEntry("roles", List.of("institution"))
                .containsEntry("address", "127.0.0.1");
        assertThat((Map<String, Object>) entry.get("details")).containsKey("registrationNumber");
        assertThat(OffsetDateTime.parse((String) entry.get("at")))
                .isAfter(OffsetDateTime.now().minusMinutes(5));
    }

    @Test
    void aRefusedChange_leavesNoEntry() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);

        as(Tokens.institution(org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(409);

        assertThat(entries("achievement.submit", id)).hasSize(1);
    }

    @Test
    void anEntryRecordedInATransactionThatRollsBack_isGone() throws Exception {
        String subject = Fixtures.uniqueName("rolled-back");
        transaction.begin();
        audit.record("test.rollback", "test", subject, Map.of());
        transaction.rollback();

        assertThat(entries("test.rollback", subject)).isEmpty();
    }

    @Test
    void aRound_assignReviewersComputeAndPublish_eachLeaveOneEntry_andEachSubmittedSheetOne() {
        String owner = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        String expertOrg = Fixtures.organization();
        List<String> usernames = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = Fixtures.uniqueName("aud");
            usernames.add(username);
            panel.add(Fixtures.reviewer(username, expertOrg, List.of("38")));
        }
        String round = Fixtures.assignedRound(panel);
        List<String> sheets = new ArrayList<>();
        for (String username : usernames) {
            String review = Fixtures.reviewOf(username, expertOrg, achievement);
            sheets.add(review);
            String token = Tokens.token(username, "reviewer", expertOrg);
            as(token)
                    .body(Map.of(
                            "scores", Map.of("market_potential", 80, "economic_value", 80, "technical_content", 80)))
                    .put("/api/v1/reviews/" + review)
                    .then()
                    .statusCode(200);
            as(token).post("/api/v1/reviews/" + review + "/submit").then().statusCode(200);
        }
        Fixtures.reviewDeadline(round, OffsetDateTime.now().minusSeconds(1));
        Fixtures.computeAndPublish(round);

        for (String action : List.of("round.assign-reviewers", "round.compute", "round.publish")) {
            assertThat(actor(only(action, round)))
                    .containsEntry("username", "operator1")
                    .containsEntry("roles", List.of("operator"));
        }
        for (int i = 0; i < sheets.size(); i++) {
            Map<String, Object> entry = only("review.submit", sheets.get(i));
            assertThat(actor(entry)).containsEntry("username", usernames.get(i));
            assertThat((Map<String, Object>) entry.get("details")).containsEntry("achievement", achievement);
        }
    }

    @Test
    void aManualAssignment_leavesOneEntry_onTheAchievement() {
        String owner = Fixtures.organization();
        String other = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        String reviewer = Fixtures.reviewer(Fixtures.uniqueName("amanual"), other, List.of("38"));
        String round = Fixtures.reviewingRound(List.of(reviewer));

        as(Tokens.operator())
                .body(Map.of("reviewerId", reviewer))
                .put("/api/v1/rounds/" + round + "/assignments/" + achievement)
                .then()
                .statusCode(200);

        Map<String, Object> entry = only("round.assign-manually", achievement);
        assertThat((Map<String, Object>) entry.get("details"))
                .containsEntry("round", round)
                .containsEntry("reviewer", reviewer);
    }

    @Test
    void acceptingARequest_leavesOneEntry_andEachPartysFirstContactReadOne() {
        PublishedPool pool = PublishedPool.get();
        String investor = Fixtures.uniqueName("aud-inv");
        String investorToken = Tokens.token(investor, "investor", null);
        String request = as(investorToken)
                .body(Map.of("message", "我们想了解许可条件。"))
                .post("/api/v1/pool/" + pool.fit + "/match-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(investorToken).get("/api/v1/match-requests/" + request).then().statusCode(200);
        assertThat(entries("match-request.contact-reveal", request)).isEmpty();

        as(Tokens.institution(pool.owner))
                .post("/api/v1/match-requests/" + request + "/accept")
                .then()
                .statusCode(200);
        for (int i = 0; i < 3; i++) {
            as(investorToken).get("/api/v1/match-requests/" + request).then().statusCode(200);
            as(Tokens.institution(pool.owner))
                    .get("/api/v1/match-requests/" + request)
                    .then()
                    .statusCode(200);
        }

        assertThat(actor(only("match-request.accept", request))).containsEntry("username", "inst-" + pool.owner);
        List<Map<String, Object>> reveals = entries("match-request.contact-reveal", request);
        assertThat(reveals)
                .extracting(e -> actor(e).get("username"))
                .containsExactlyInAnyOrder(investor, "inst-" + pool.owner);
    }

    @Test
    void theExport_isCsvWithTheFilters_writesFormulasAsText_andIsAuditedItself() throws Exception {
        String org = Fixtures.organization();
        String formula = "=HYPERLINK(\"http://evil.example\")" + Fixtures.uniqueName("");
        String id = Fixtures.draft(org);
        as(Tokens.token(formula, "institution", org))
                .post("/api/v1/achievements/" + id + "/submit")
                .then()
                .statusCode(200);

        var response = as(Tokens.operator())
                .queryParam("format", "csv")
                .queryParam("subject", id)
                .get("/api/v1/audit/export");

        response.then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        byte[] bytes = response.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class)
                .<String[]>readValues(csv)
                .forEachRemaining(row -> rows.add(List.of(row)));
        assertThat(rows.getFirst())
                .containsExactly(
                        "at",
                        "action",
                        "subjectType",
                        "subjectId",
                        "actorUsername",
                        "actorSubject",
                        "actorRoles",
                        "clientAddress",
                        "details");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(1, 8))
                .containsExactly(
                        "achievement.submit",
                        "achievement",
                        id,
                        "'" + formula,
                        "'" + formula,
                        "institution",
                        "127.0.0.1");
        List<Map<String, Object>> exports = as(Tokens.operator())
                .queryParam("action", "audit.export")
                .queryParam("from", OffsetDateTime.now().minusMinutes(5).toString())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(exports)
                .anySatisfy(
                        e -> assertThat((Map<String, Object>) e.get("details")).containsEntry("subject", id));
    }

    @Test
    void theExport_streamsEveryEntryOnce_acrossItsBatches() throws Exception {
        String subject = Fixtures.uniqueName("export-many");
        int count = 2 * AuditLog.EXPORT_BATCH + 500;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                audit.record("test.export-many", "test", subject, Map.of("n", i));
            }
        });

        long began = System.nanoTime();
        byte[] bytes = as(Tokens.operator())
                .queryParam("subject", subject)
                .get("/api/v1/audit/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Log.infof("exported %d audit entries in %d ms", count, (System.nanoTime() - began) / 1_000_000);

        List<String> details = new ArrayList<>();
        new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class)
                .<String[]>readValues(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .forEachRemaining(row -> details.add(row[8]));
        assertThat(details).hasSize(count + 1);
        assertThat(details.subList(1, details.size())).doesNotHaveDuplicates();
    }

    @Test
    void theList_isNewestFirst_andPaged() {
        String subject = Fixtures.uniqueName("paged");
        for (int i = 0; i < 3; i++) {
            audit.record("test.paging", "test", subject, Map.of("n", i));
        }

        JsonPath first = as(Tokens.operator())
                .queryParam("subject", subject)
                .queryParam("size", 2)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath second = as(Tokens.operator())
                .queryParam("subject", subject)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getList("items.details.n", Integer.class)).containsExactly(2, 1);
        assertThat(second.getList("items.details.n", Integer.class)).containsExactly(0);
    }

    @Test
    void badFilters_areAProblemNamingTheField() {
        as(Tokens.operator())
                .queryParam("from", "yesterday")
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        as(Tokens.operator())
                .queryParam("from", "2026-11-30")
                .queryParam("to", "2026-11-01")
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("to"));
        as(Tokens.operator())
                .queryParam("size", 1000)
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.operator())
                .queryParam("format", "xlsx")
                .get("/api/v1/audit/export")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("format"));
    }

    @Test
    void onlyOperators_readOrExportTheLog() {
        for (String token : List.of(
                Tokens.institution(Fixtures.organization()),
                Tokens.reviewer(Fixtures.organization()),
                Tokens.investor(Fixtures.organization()))) {
            as(token).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/v1/audit/export?format=csv").then().statusCode(403);
            as(token).redirects().follow(false).get("/operator/audit").then().statusCode(403);
        }
        RestAssured.given().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void theAppsDatabaseRole_cannotChangeOrRemoveEntries() throws SQLException {
        String subject = Fixtures.uniqueName("append-only");
        audit.record("test.append-only", "test", subject, Map.of());

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                            "update audit_log set action = 'test.changed' where subject_id = '" + subject + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log where subject_id = '" + subject + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_log"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(only("test.append-only", subject).get("action")).isEqualTo("test.append-only");
    }
}
