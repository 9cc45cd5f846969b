package io.techpool.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.techpool.Fixtures;
import io.techpool.PageClient;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditPagesTest {

    @Inject
    AuditLog audit;

    private static final PageClient OPERATOR = PageClient.as(Tokens.operator());

    @Test
    void thePage_listsTheFilteredEntries_inChinese() {
        String subject = Fixtures.uniqueName("page-zh");
        audit.record("test.page", "test", subject, Map.of("说明", "中文详情"));

        Document page = OPERATOR.page("/operator/audit?subject=" + subject);

        assertThat(page.select("h1").text()).isEqualTo("审计日志");
        Element row = page.selectFirst("tr[data-audit-id]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("test.page", subject, "系统", "中文详情");
        assertThat(page.select("[data-total]").attr("data-total")).isEqualTo("1");
        assertThat(page.select("a[download]").attr("href")).isEqualTo("/operator/audit/export.csv?subject=" + subject);
        assertThat(page.select("nav.role-nav a[href=/operator/audit]").text()).isEqualTo("审计日志");
    }

    @Test
    void thePage_speaksEnglish_andSaysSoWhenNothingMatches() {
        Document page = OPERATOR.in("en").page("/operator/audit?subject=" + Fixtures.uniqueName("none"));

        assertThat(page.select("h1").text()).isEqualTo("Audit log");
        assertThat(page.select("tr[data-audit-id]")).isEmpty();
        assertThat(page.select(".empty").text()).isEqualTo("No entries match.");
        assertThat(page.select("a[download]")).isEmpty();
    }

    @Test
    void thePager_keepsTheFilters() {
        String subject = Fixtures.uniqueName("page-many");
        for (int i = 0; i < AuditPage.PAGE_SIZE + 1; i++) {
            audit.record("test.page-many", "test", subject, Map.of("n", i));
        }

        Document first = OPERATOR.page("/operator/audit?action=test.page-many&subject=" + subject);
        String next = first.select(".pager a[rel=next]").attr("href");
        Document second = OPERATOR.page(next);

        assertThat(first.select("tr[data-audit-id]")).hasSize(AuditPage.PAGE_SIZE);
        assertThat(next).contains("action=test.page-many", "subject=" + subject, "page=1");
        assertThat(second.select("tr[data-audit-id]")).hasSize(1);
        assertThat(first.select("#audit-action option[selected]").val()).isEqualTo("test.page-many");
    }

    @Test
    void withHtmx_onlyTheResultsAreAnswered() {
        String subject = Fixtures.uniqueName("page-htmx");
        audit.record("test.page", "test", subject, Map.of());

        Response response = OPERATOR.request().header("HX-Request", "true").get("/operator/audit?subject=" + subject);

        response.then().statusCode(200);
        Document fragment = Jsoup.parseBodyFragment(response.asString());
        assertThat(fragment.select("h1")).isEmpty();
        assertThat(fragment.select("#audit-results tr[data-audit-id]")).hasSize(1);
    }

    @Test
    void aDateThatIsNone_isShownBesideItsField_with400() {
        Response response = OPERATOR.in("en").get("/operator/audit?from=soon");

        response.then().statusCode(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#from-error").text()).contains("not a date");
        assertThat(page.select("#audit-from").attr("value")).isEqualTo("soon");
    }

    @Test
    void withHtmx_aRefusedFilterIsAnsweredInPlace() {
        Response response = OPERATOR.in("en")
                .request()
                .header("HX-Request", "true")
                .get("/operator/audit?from=2026-11-30&to=2026-11-01");

        response.then().statusCode(200);
        Document fragment = Jsoup.parseBodyFragment(response.asString());
        assertThat(fragment.select("#audit-results .form-error").text())
                .contains("To (inclusive)", "must not be before");
        assertThat(fragment.select("tr[data-audit-id]")).isEmpty();
    }

    @Test
    void theCsvDownload_worksForTheSignedInOperator() {
        String subject = Fixtures.uniqueName("page-csv");
        audit.record("test.page", "test", subject, Map.of());

        Response csv = OPERATOR.get("/operator/audit/export.csv?subject=" + subject);

        csv.then().statusCode(200).contentType("text/csv");
        assertThat(csv.asString().lines()).hasSize(2);
    }

    @Test
    void otherRoles_getNoPage_andNoMenuEntry() {
        PageClient investor = PageClient.as(Tokens.investor(Fixtures.organization()));

        investor.get("/operator/audit").then().statusCode(403);
        assertThat(investor.page("/pool").select("a[href=/operator/audit]")).isEmpty();
    }
}
