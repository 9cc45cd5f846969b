package io.techpool;

import static io.restassured.RestAssured.given;
import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.techpool.achievement.SheetFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "Crashes": the packaged app is killed with SIGKILL in the middle of a publication of a round of 2,000
 * achievements and in the middle of a background import of 3,000 rows, then started again. Each ends all or
 * nothing, in the database and in the search index: the round either published with every selected achievement
 * IN_POOL, its pool entries and the rest NOT_SELECTED, or untouched (COMPUTED) and publishable again; the import
 * either all its drafts or none, its job never left RUNNING. "In the middle" is checked, not hoped for: the kill
 * comes when PostgreSQL shows the work's transaction open with achievement rows written in it, and before its
 * client had an answer. Real PostgreSQL and OpenSearch, started here and kept across the kills.
 */
class CrashIT {

    private static final int ACHIEVEMENTS = 2_000;
    private static final int IMPORT_ROWS = 3_000;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int SIGKILLED = 128 + 9;

    private static AppServices services;
    private static final Map<String, String> settings = new LinkedHashMap<>();
    private static AppProcess app;
    private static int starts;

    @BeforeAll
    static void startServices() throws Exception {
        services = AppServices.start("crash");
        settings.putAll(services.settings());
        settings.put("techpool.rate-limit.per-minute", "100000");
        // An import job without a heartbeat for 5 s (not 60) counts as abandoned: the test waits seconds, not minutes.
        settings.put("techpool.import.heartbeat-every", "1s");
        settings.put("techpool.import.abandoned-after", "5s");
    }

    @AfterAll
    static void stopAll() {
        AppServices.closeAll(app, services);
    }

    @Test
    void aPublicationKilledMidway_isAllOrNothing_andTheIndexConvergesAfterTheRestart() throws Exception {
        running();
        long seeding = System.nanoTime();
        Round round = computedRound(ACHIEVEMENTS);
        int selected = round.selected().size();
        System.out.printf(
                "Crash/publication: round of %d achievements (%d selected) computed in %d s%n",
                ACHIEVEMENTS, selected, (System.nanoTime() - seeding) / 1_000_000_000);

        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = post("/api/v1/rounds/" + round.id() + "/publish");
        String underWay = killWhenUnderWay("review_round", answer::isDone);
        long killedAfter = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.handle((response, failure) -> failure != null).get(30, TimeUnit.SECONDS))
                .as("the publish call got no answer: the app died under it")
                .isTrue();
        System.out.printf(
                "Crash/publication: SIGKILL %d ms after the publish call, its transaction open (%s)%n",
                killedAfter, underWay);

        running();
        String status = text("select status from review_round where id = ?", round.id());
        Map<String, Long> statuses = statusesIn(round.id());
        if (status.equals("PUBLISHED")) {
            System.out.println("Crash/publication: the publication had committed before the kill: all");
            assertPublished(round, statuses);
        } else {
            System.out.println("Crash/publication: the publication had not committed: nothing");
            assertThat(status).isEqualTo("COMPUTED");
            assertThat(statuses).isEqualTo(Map.of("UNDER_REVIEW", (long) ACHIEVEMENTS));
            assertThat(count("select count(*) from pool_entry where round_id = ?", round.id()))
                    .isZero();
            assertThat(count("select count(*) from pool_round where id = ?", round.id()))
                    .isZero();
            assertThat(count("select count(*) from achievement_reindex where round_id = ?", round.id()))
                    .isZero();
            assertThat(indexed("pool", Map.of("round", round.id().toString()))).isZero();
            assertThat(indexed("achievement", Map.of("organizationCode", round.owner(), "status", "IN_POOL")))
                    .isZero();

            // Publishable again; then killed once more, right after it committed, while the index is behind.
            long again = System.nanoTime();
            as(Tokens.operator())
                    .post("/api/v1/rounds/" + round.id() + "/publish")
                    .then()
                    .statusCode(200);
            long took = (System.nanoTime() - again) / 1_000_000;
            long behind = count("select count(*) from hsearch_outbox_event")
                    + count("select count(*) from achievement_reindex");
            assertThat(app.kill()).as("ended by SIGKILL").isEqualTo(SIGKILLED);
            app = null;
            System.out.printf(
                    "Crash/publication: published again after the restart in %d ms; SIGKILL at once, %d index updates"
                            + " still queued%n",
                    took, behind);
            assertThat(behind).as("index updates still queued when killed").isPositive();
            running();
            assertPublished(round, statusesIn(round.id()));
        }

        long restarted = System.nanoTime();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> indexed("pool", Map.of("round", round.id().toString())) == selected
                        && indexed("achievement", Map.of("organizationCode", round.owner(), "status", "IN_POOL"))
                                == selected
                        && indexed("achievement", Map.of("organizationCode", round.owner(), "status", "NOT_SELECTED"))
                                == ACHIEVEMENTS - selected);
        long converged = (System.nanoTime() - restarted) / 1_000_000;
        List<String> searchable = given().queryParam("round", round.id())
                .queryParam("size", 100)
                .get("/api/v1/pool")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(given().queryParam("round", round.id())
                        .get("/api/v1/pool")
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("total"))
                .isEqualTo(selected);
        assertThat(round.selected()).containsAll(searchable); // a pool entry's id is its achievement's
        assertThat(count("select count(*) from hsearch_outbox_event where status = 'ABORTED'"))
                .isZero();
        System.out.printf(
                "Crash/publication: index equal to the database (%d pool entries, %d IN_POOL, %d NOT_SELECTED)"
                        + " %d ms after the app was ready again%n",
                selected, selected, ACHIEVEMENTS - selected, converged);
    }

    @Test
    void anImportKilledMidway_createsAllOrNothing_andItsJobEndsFailedAfterTheRestart() throws Exception {
        running();
        String org = Fixtures.organization();
        String word = "crash" + Long.toString(System.nanoTime(), 36);
        byte[] file = sheet(IMPORT_ROWS, word);

        long started = System.nanoTime();
        String job = upload(org, file, "?async=true")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        UUID jobId = UUID.fromString(job);
        String underWay = killWhenUnderWay(
                "achievement_import_job",
                () -> !text("select state from achievement_import_job where id = ?", jobId)
                        .equals("RUNNING"));
        long killedAfter = (System.nanoTime() - started) / 1_000_000;
        String state = text("select state from achievement_import_job where id = ?", jobId);
        System.out.printf(
                "Crash/import: SIGKILL %d ms after the upload of %d rows (%d kB), job %s with %d of %d rows checked,"
                        + " its transaction open (%s)%n",
                killedAfter,
                IMPORT_ROWS,
                file.length / 1024,
                state,
                count("select done from achievement_import_job where id = ?", jobId),
                count("select total from achievement_import_job where id = ?", jobId),
                underWay);

        running();
        long restarted = System.nanoTime();
        // Nobody asks for the job: the sweep of the restarted app ends it.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !text("select state from achievement_import_job where id = ?", jobId)
                        .equals("RUNNING"));
        long ended = (System.nanoTime() - restarted) / 1_000_000;
        JsonPath seen = as(Tokens.institution(org))
                .header("Accept-Language", "en")
                .get("/api/v1/achievements/import/jobs/" + job)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long drafts = count("select count(*) from achievement where organization_code = ?", org);
        System.out.printf(
                "Crash/import: job %s %d ms after the app was ready again, %d drafts%n",
                seen.getString("state"), ended, drafts);
        if (seen.getString("state").equals("SUCCEEDED")) {
            assertThat(drafts).isEqualTo(IMPORT_ROWS);
        } else {
            assertThat(seen.getString("state")).isEqualTo("FAILED");
            assertThat(seen.getInt("problem.status")).isEqualTo(503);
            assertThat(seen.getString("problem.detail"))
                    .isEqualTo("The import was interrupted before it finished (the server running it stopped);"
                            + " no achievement was created. Upload the file again.");
            assertThat(drafts).isZero();
            assertThat(indexed("achievement", Map.of("organizationCode", org))).isZero();

            // The file imports again, whole.
            long reimport = System.nanoTime();
            String again = upload(org, file, "?async=true")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id");
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !as(Tokens.institution(org))
                            .get("/api/v1/achievements/import/jobs/" + again)
                            .then()
                            .extract()
                            .path("state")
                            .equals("RUNNING"));
            as(Tokens.institution(org))
                    .get("/api/v1/achievements/import/jobs/" + again)
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("SUCCEEDED"))
                    .body("result.created.size()", equalTo(IMPORT_ROWS));
            assertThat(count("select count(*) from achievement where organization_code = ?", org))
                    .isEqualTo(IMPORT_ROWS);
            System.out.printf(
                    "Crash/import: the same file imported again: SUCCEEDED, %d drafts, %d ms%n",
                    IMPORT_ROWS, (System.nanoTime() - reimport) / 1_000_000);
        }
        long created = System.nanoTime();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> indexed("achievement", Map.of("organizationCode", org)) == IMPORT_ROWS);
        System.out.printf(
                "Crash/import: all %d drafts in the index %d ms later%n",
                IMPORT_ROWS, (System.nanoTime() - created) / 1_000_000);
        assertThat(count("select count(*) from achievement_import_job where state = 'RUNNING'"))
                .isZero();
    }

    /** A computed round: its id, the owner of its achievements and the achievements selected for the pool. */
    private record Round(UUID id, String owner, List<String> selected) {}

    /**
     * A round of {@code n} achievements of one organization, computed. Through the API: the drafts (one import),
     * the round, the close of registration, the assignment (5 reviewers per achievement: 10,000 assignments), the
     * deadline and the computation. Through SQL, since some 22,000 calls would take minutes: the submission of the
     * drafts (registration numbers of the organization's own region prefix, so no other test's), 250 reviewers
     * (each at the default rules' load of 40) and the scores, one per achievement from 40 to 99 for all its
     * reviewers, with the sheets submitted.
     */
    private static Round computedRound(int n) throws Exception {
        String region = Fixtures.freshRegion();
        String owner = Fixtures.organization(region);
        long drafts = System.nanoTime();
        upload(owner, sheet(n, "pub"), "").then().statusCode(200);
        long submitted = System.nanoTime();
        String prefix = region.substring(0, 3);
        int year = OffsetDateTime.now().getYear();
        assertThat(update(
                        "update achievement a set status = 'SUBMITTED', submitted_at = now() - make_interval(secs => cast(? as double precision)"
                                + " - o.serial), registration_number = ? || lpad(o.serial::text, 4, '0')"
                                + " from (select id, row_number() over (order by created_at, id) as serial"
                                + " from achievement where organization_code = ?) o where a.id = o.id",
                        n,
                        prefix + year + "1",
                        owner))
                .isEqualTo(n);
        update(
                "insert into registration_serial (prefix, year, last_serial) values (?, ?, ?)",
                prefix,
                year,
                n); // what the app's own numbering would have counted
        String experts = Fixtures.organization();
        update(
                "insert into reviewer (id, username, name, email, organization_code, expertise,"
                        + " conflict_organizations, conflict_achievements, created_at, updated_at)"
                        + " select gen_random_uuid(), ? || g, '评审专家' || g, ? || g || '@example.org', ?,"
                        + " '[\"38\"]'::jsonb, '[]'::jsonb, '[]'::jsonb, now(), now()"
                        + " from generate_series(1, ?) g",
                "crash-" + experts + "-",
                "crash-" + experts,
                experts,
                (5 * n + 39) / 40);
        long round0 = System.nanoTime();
        String round = Fixtures.round(List.of(), OffsetDateTime.now().plusDays(7));
        Fixtures.closeRegistration(round);
        Fixtures.assign(round);
        long scored0 = System.nanoTime();
        long scored = update(
                "update assignment set status = 'SUBMITTED', saved_at = now(), submitted_at = now(),"
                        + " market_potential = 40 + abs(hashtext(achievement_id::text)) % 60,"
                        + " economic_value = 40 + abs(hashtext(achievement_id::text)) % 60,"
                        + " technical_content = 40 + abs(hashtext(achievement_id::text)) % 60"
                        + " where round_id = ?",
                UUID.fromString(round));
        assertThat(scored).isEqualTo(5L * n);
        Fixtures.reviewDeadline(round, OffsetDateTime.now().minusSeconds(1));
        long computed0 = System.nanoTime();
        List<String> selected = as(Tokens.operator())
                .post("/api/v1/rounds/" + round + "/compute")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("pool.achievementId");
        assertThat(selected).isNotEmpty().hasSizeLessThanOrEqualTo(n / 5); // the default rules' quota: 20 %
        System.out.printf(
                "Crash/publication: seeding: %d drafts imported %d ms, submitted and reviewers (SQL) %d ms, round"
                        + " closed and assigned %d ms, compute %d ms%n",
                n,
                (submitted - drafts) / 1_000_000,
                (round0 - submitted) / 1_000_000,
                (scored0 - round0) / 1_000_000,
                (System.nanoTime() - computed0) / 1_000_000);
        return new Round(UUID.fromString(round), owner, selected);
    }

    private static void assertPublished(Round round, Map<String, Long> statuses) throws SQLException {
        int selected = round.selected().size();
        assertThat(text("select status from review_round where id = ?", round.id()))
                .isEqualTo("PUBLISHED");
        assertThat(statuses)
                .isEqualTo(Map.of("IN_POOL", (long) selected, "NOT_SELECTED", (long) (ACHIEVEMENTS - selected)));
        assertThat(count("select count(*) from pool_entry where round_id = ?", round.id()))
                .isEqualTo(selected);
        assertThat(count("select count(*) from pool_round where id = ?", round.id()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from achievement where round_id = ? and status = 'IN_POOL' and id in"
                                + " (select id from pool_entry where round_id = ?)", // an entry's id is its
                        // achievement's
                        round.id(),
                        round.id()))
                .isEqualTo(selected);
    }

    /**
     * Polls PostgreSQL until one backend's open transaction has written achievement rows, holds a lock on
     * {@code table} (the round's row for a publication, the job's for an import) and has gone past the
     * publication's one statement on achievements (every status changed, the pool's part under way): the work is
     * half done and not committed. Then kills the app with SIGKILL and answers what that backend was doing. Fails
     * if the work {@code finished} before it was seen so.
     */
    private static String killWhenUnderWay(String table, BooleanSupplier finished) throws Exception {
        String sql = """
                select s.pid, s.state, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 60)
                from pg_locks a
                join pg_locks t on t.pid = a.pid and t.locktype = 'relation' and t.relation = '%s'::regclass
                join pg_stat_activity s on s.pid = a.pid
                where a.locktype = 'relation' and a.relation = 'achievement'::regclass
                  and a.mode = 'RowExclusiveLock' and s.xact_start is not null
                  and not (s.state = 'active' and s.query ~ '^\\s*update\\s+achievement\\s+set\\s+status')
                limit 1""".formatted(table);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(sql)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        String seen = "backend " + row.getInt(1) + " " + row.getString(2) + ": " + row.getString(3);
                        assertThat(app.kill()).as("ended by SIGKILL").isEqualTo(SIGKILLED);
                        app = null;
                        return seen;
                    }
                }
                assertThat(finished.getAsBoolean())
                        .as("finished before it was seen under way")
                        .isFalse();
                Thread.sleep(2);
            }
        }
        throw new AssertionError("not seen under way within 3 minutes");
    }

    /** Starts the app unless it runs; each start logs to a file of its own. */
    private static void running() {
        if (app == null) {
            long started = System.nanoTime();
            app = AppProcess.start(services.work(), "app-" + ++starts, settings);
            System.out.printf(
                    "Crash: app start %d ready after %d ms%n", starts, (System.nanoTime() - started) / 1_000_000);
        }
        RestAssured.port = app.port();
    }

    private static CompletableFuture<HttpResponse<String>> post(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + Tokens.operator())
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static io.restassured.response.Response upload(String org, byte[] file, String query) {
        return given().auth()
                .oauth2(Tokens.institution(org))
                .header("Accept-Language", "en")
                .multiPart("file", "crash.xlsx", file, XLSX)
                .post("/api/v1/achievements/import" + query);
    }

    /** An .xlsx of {@code rows} valid achievements in the template's columns, each title carrying {@code word}. */
    private static byte[] sheet(int rows, String word) {
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(SheetFiles.zhHeaders());
        sheet.add(SheetFiles.enHeaders());
        for (int i = 0; i < rows; i++) {
            sheet.add(SheetFiles.validRow(word + " 储能材料 " + i));
        }
        return SheetFiles.xlsx(sheet);
    }

    /** Documents of the index {@code index} (its read alias) whose keyword fields hold these values. */
    private static long indexed(String index, Map<String, String> terms) throws Exception {
        List<String> filters = new ArrayList<>();
        terms.forEach((field, value) -> filters.add("{\"term\":{\"" + field + "\":\"" + value + "\"}}"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://" + services.search().hostAndPort() + "/" + index + "-read/_count"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\":{\"bool\":{\"filter\":[" + String.join(",", filters) + "]}}}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher count = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertThat(count.find()).as(response.body()).isTrue();
        return Long.parseLong(count.group(1));
    }

    private static Map<String, Long> statusesIn(UUID round) throws SQLException {
        Map<String, Long> statuses = new LinkedHashMap<>();
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(
                        "select status, count(*) from achievement where round_id = ? group by status")) {
            query.setObject(1, round);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return statuses;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                services.postgres().jdbcUrl(), services.postgres().username(), null);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    private static String text(String sql, Object... parameters) {
        try (Connection db = connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long update(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
