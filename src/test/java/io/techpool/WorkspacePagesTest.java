package io.techpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The workspace ({@code /me}) links what an institution user and an operator can do in the pages, and the
 * downloads it links answer with the pages' session what the API answers with a token: the organization's
 * achievements and feedback, the matchmaking funnel; each to its role only.
 */
@QuarkusTest
class WorkspacePagesTest {

    @Test
    void anInstitutionUser_downloadsTheOrganizationsAchievementsAndFeedback_fromTheWorkspace() {
        String owner = Fixtures.organization();
        String entry = Fixtures.submitted(owner);
        Fixtures.publishRound(Map.of(entry, 90));
        String title = Fixtures.as(Tokens.institution(owner))
                .get("/api/v1/achievements/" + entry)
                .then()
                .extract()
                .path("title.zh");
        String otherDraft = Fixtures.draft(Fixtures.organization());
        PageClient institution = PageClient.as(Tokens.institution(owner));

        Document me = institution.page("/me");
        assertThat(me.select("[data-workspace=institution] a").eachAttr("href"))
                .contains(
                        "/institution/achievements/import",
                        "/institution/achievements/export.xlsx",
                        "/institution/achievements/export.csv",
                        "/institution/feedback.xlsx");
        assertThat(me.select("[data-workspace=operator]")).isEmpty();

        byte[] achievements = institution
                .get("/institution/achievements/export.xlsx")
                .then()
                .statusCode(200)
                .contentType(Workbooks.XLSX)
                .extract()
                .asByteArray();
        String sheet =
                Workbooks.sheets(achievements).values().iterator().next().rows().toString();
        assertThat(sheet).contains(entry).doesNotContain(otherDraft);
        assertThat(institution
                        .get("/institution/achievements/export.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains(entry)
                .doesNotContain(otherDraft);

        byte[] feedback = institution
                .get("/institution/feedback.xlsx")
                .then()
                .statusCode(200)
                .contentType(Workbooks.XLSX)
                .extract()
                .asByteArray();
        assertThat(Workbooks.sheets(feedback).values().iterator().next().rows().toString())
                .contains(title);
    }

    @Test
    void anOperator_downloadsTheFunnel_andOthersAreRefused() {
        PageClient operator = PageClient.as(Tokens.operator());
        Document me = operator.page("/me");
        assertThat(me.select("[data-workspace=operator] a").eachAttr("href"))
                .contains("/operator/events", "/operator/audit", "/industries/export.xlsx", "/operator/funnel.xlsx");
        byte[] funnel = operator.get("/operator/funnel.xlsx")
                .then()
                .statusCode(200)
                .contentType(Workbooks.XLSX)
                .extract()
                .asByteArray();
        assertThat(Workbooks.sheets(funnel)).isNotEmpty();

        for (String path : List.of("/operator/funnel.xlsx")) {
            PageClient.as(Tokens.institution(Fixtures.organization()))
                    .get(path)
                    .then()
                    .statusCode(403);
        }
        for (String path : List.of("/institution/achievements/export.xlsx", "/institution/feedback.xlsx")) {
            PageClient.as(Tokens.operator()).get(path).then().statusCode(403);
            PageClient.anonymous().get(path).then().statusCode(303);
        }
    }
}
