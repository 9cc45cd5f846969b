package io.techpool.achievement;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The import page and background imports (page and API), with the CSRF rules of pages and of the API, and what a
 * client polling a job is told when the replica running it died.
 */
@QuarkusTest
class AchievementImportPageTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String PAGE = "/institution/achievements/import";

    /** Posts the upload form the way a browser does: multipart, the CSRF cookie and field from the page. */
    static Response submit(PageClient client, byte[] file, String name, String mode) {
        Response form = client.get(PAGE);
        form.then().statusCode(200);
        String token = Jsoup.parse(form.asString())
                .select("form input[name=csrf-token]")
                .val();
        return client.request()
                .cookie("csrf-token", form.getCookie("csrf-token"))
                .multiPart("csrf-token", token)
                .multiPart("mode", mode)
                .multiPart("file", name, file, AchievementImportTest.XLSX)
                .post(PAGE);
    }

    private static byte[] twoRows(String prefix) {
        return SheetFiles.xlsx(new ArrayList<>(
                List.of(SheetFiles.zhHeaders(), SheetFiles.validRow(prefix + "一"), SheetFiles.validRow(prefix + "二"))));
    }

    @Test
    void page_offersTheTemplatesAndAMultipartFormWithTheCsrfToken() {
        Document page =
                PageClient.as(Tokens.institution(Fixtures.organization())).page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("批量导入成果");
        assertThat(page.select("a[data-template=xlsx]").attr("href")).endsWith("template?format=xlsx");
        assertThat(page.select("form[enctype=multipart/form-data] input[name=csrf-token]")
                        .val())
                .isNotBlank();
        assertThat(page.select("label[for=file]")).isNotEmpty();
    }

    @Test
    void templateLink_downloadsTheXlsxTemplate() {
        byte[] file = PageClient.as(Tokens.institution(Fixtures.organization()))
                .get(PAGE + "/template?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(AchievementImportTest.XLSX)
                .extract()
                .asByteArray();
        assertThat(AchievementExportTest.sheet(file, 0).get(0)).isEqualTo(SheetFiles.zhHeaders());
    }

    @Test
    void upload_createsDrafts_andListsThem() {
        String org = Fixtures.organization();
        Response answer = submit(PageClient.as(Tokens.institution(org)), twoRows("页面导入"), "a.xlsx", "create");

        answer.then().statusCode(200);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("[data-achievement-id]")).hasSize(2);
        String id = page.select("[data-achievement-id]").first().attr("data-achievement-id");
        assertThat(page.select("[data-achievement-id]").first().text()).contains("页面导入一");
        as(Tokens.institution(org))
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .body("title.zh", equalTo("页面导入一"));
    }

    @Test
    void upload_withErrors_showsEveryErrorInATable_inEnglish_andCreatesNothing() {
        String org = Fixtures.organization();
        List<Object> bad = new ArrayList<>(SheetFiles.validRow("坏"));
        bad.set(7, 12);
        byte[] file = SheetFiles.xlsx(new ArrayList<>(List.of(SheetFiles.zhHeaders(), bad)));

        Response answer = submit(PageClient.as(Tokens.institution(org)).in("en"), file, "bad.xlsx", "check");

        answer.then().statusCode(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select("table.import-errors tbody tr")).hasSize(1);
        assertThat(page.select("table.import-errors tbody tr").text()).contains("2", "H", "trl");
        assertThat(page.select("h2").text()).contains("Errors found");
        assertThat(page.select("[data-file-name]").text()).isEqualTo("File: bad.xlsx");
        as(Tokens.institution(org)).get("/api/v1/achievements").then().body("total", equalTo(0));
    }

    @Test
    void upload_withoutTheCsrfToken_isRefused_andCreatesNothing() {
        String org = Fixtures.organization();
        PageClient client = PageClient.as(Tokens.institution(org));
        client.page(PAGE);

        client.request()
                .multiPart("mode", "create")
                .multiPart("file", "a.xlsx", twoRows("无令牌"), AchievementImportTest.XLSX)
                .post(PAGE)
                .then()
                .statusCode(400);

        as(Tokens.institution(org)).get("/api/v1/achievements").then().body("total", equalTo(0));
    }

    @Test
    void backgroundImport_showsProgress_untilItsAnswer() {
        String org = Fixtures.organization();
        PageClient client = PageClient.as(Tokens.institution(org));
        Response started = submit(client, twoRows("后台"), "bg.xlsx", "background");
        started.then().statusCode(303);
        String job = started.getHeader("Location").replaceAll("^.*/jobs/", "").replaceAll("\\?.*$", "");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Jsoup.parse(client.get(PAGE + "/jobs/" + job + "/status")
                                        .asString())
                                .select("#import-job")
                                .attr("data-job-state"))
                        .isEqualTo("SUCCEEDED"));

        Document page = client.page(PAGE + "/jobs/" + job);
        assertThat(page.select("[data-achievement-id]")).hasSize(2);
        assertThat(page.select("#import-job").attr("hx-get")).isEmpty(); // polling stopped
    }

    @Test
    void apiAsyncImport_answers202WithTheJob_andTheJobTellsProgressAndResult() {
        String org = Fixtures.organization();
        Response started = AchievementImportTest.upload(
                Tokens.institution(org), "async.xlsx", twoRows("异步"), AchievementImportTest.XLSX, "?async=true");
        started.then().statusCode(202).header("Location", containsString("/api/v1/achievements/import/jobs/"));
        String location = started.getHeader("Location");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(Tokens.institution(org))
                        .get(location)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("SUCCEEDED")));
        as(Tokens.institution(org))
                .get(location)
                .then()
                .body("done", equalTo(2))
                .body("total", equalTo(2))
                .body("result.created.size()", equalTo(2));
        as(Tokens.institution(Fixtures.organization())).get(location).then().statusCode(404);
    }

    @Test
    void apiAsyncImport_ofARefusedFile_endsFailedWithTheProblem() {
        String org = Fixtures.organization();
        byte[] noHeader = SheetFiles.xlsx(new ArrayList<>(List.of(List.of("a", "b"))));
        String location = AchievementImportTest.upload(
                        Tokens.institution(org), "x.xlsx", noHeader, AchievementImportTest.XLSX, "?async=true")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(Tokens.institution(org))
                        .get(location)
                        .then()
                        .body("state", equalTo("FAILED"))
                        .body("problem.status", equalTo(400))
                        .body("problem.detail", endsWith(".")));
    }

    @Test
    void apiAsyncImport_whoseReplicaStoppedBeating_endsFailed_sayingNothingWasCreated() throws Exception {
        String org = Fixtures.organization();
        UUID job = runningJob(org, "2 minutes");

        as(Tokens.institution(org))
                .get("/api/v1/achievements/import/jobs/" + job)
                .then()
                .statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("done", equalTo(250))
                .body("problem.status", equalTo(503))
                .body("problem.detail", equalTo("导入在完成前中断（处理它的服务器已停止），未创建任何成果；请重新上传该文件。"));
    }

    @Test
    void apiAsyncImport_whoseReplicaBeatsForIt_staysRunning() throws Exception {
        String org = Fixtures.organization();
        UUID job = runningJob(org, "1 second");

        as(Tokens.institution(org))
                .get("/api/v1/achievements/import/jobs/" + job)
                .then()
                .statusCode(200)
                .body("state", equalTo("RUNNING"))
                .body("problem", nullValue());
    }

    /**
     * A RUNNING job of {@code org} (250 of 3,000 rows checked) whose last heartbeat was {@code ago}: what a replica
     * leaves when it dies in the middle of an import (the crash itself: CrashIT).
     */
    private UUID runningJob(String org, String ago) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into achievement_import_job (id, organization_code, username, state, dry_run, done, total,
                            created_at, updated_at, heartbeat_at, language)
                        values (?, ?, 'someone', 'RUNNING', false, 250, 3000, now() - cast(? as interval),
                            now() - cast(? as interval), now() - cast(? as interval), 'ZH')""")) {
            insert.setObject(1, id);
            insert.setString(2, org);
            insert.setString(3, ago);
            insert.setString(4, ago);
            insert.setString(5, ago);
            insert.executeUpdate();
        }
        return id;
    }
}
