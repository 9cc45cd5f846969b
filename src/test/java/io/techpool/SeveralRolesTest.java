package io.techpool;

import static io.techpool.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person may hold several roles (docs/decisions/012-several-roles.md): each role brings its own endpoints and
 * its own check of each object, and no role's check answers for another. Before, whichever role a branch asked
 * about first decided: an institution user who also reviews read another organization's feedback.
 */
@QuarkusTest
class SeveralRolesTest {

    @Test
    void anInstitutionUserWhoAlsoReviews_getsNoFeedbackOnAnotherOrganizationsAchievement_theyAreAssigned() {
        String owner = Fixtures.organization();
        String achievement = Fixtures.submitted(owner);
        String reviewerOrg = Fixtures.organization();
        String username = Fixtures.uniqueName("both");
        String reviewer = Fixtures.reviewer(username, reviewerOrg, List.of("38"));
        Fixtures.assignedRound(List.of(reviewer));
        String both = Tokens.token(username, List.of("institution", "reviewer"), reviewerOrg);

        as(both).get("/api/v1/achievements/" + achievement + "/feedback").then().statusCode(404);
        as(both).get("/api/v1/achievements/" + achievement)
                .then()
                .statusCode(200)
                .body("contact", nullValue());
    }

    @Test
    void anInstitutionUserWhoAlsoReviews_readsTheirOwnOrganizationsAchievementWhole() {
        String org = Fixtures.organization();
        String own = Fixtures.draft(org);
        String both = Tokens.token(Fixtures.uniqueName("both"), List.of("institution", "reviewer"), org);

        as(both).get("/api/v1/achievements/" + own).then().statusCode(200).body("contact", notNullValue());
    }

    @Test
    void aReviewerWhoAlsoInvests_readsNoAchievementTheyAreNotAssigned() {
        String org = Fixtures.organization();
        String achievement = Fixtures.draft(org);
        String both = Tokens.token(Fixtures.uniqueName("both"), List.of("reviewer", "investor"), org);

        as(both).get("/api/v1/achievements/" + achievement).then().statusCode(404);
    }

    @Test
    void anInvestorWhoAlsoWorksForAnInstitution_changesNoAchievementOfAnotherRole() {
        String org = Fixtures.organization();
        String achievement = Fixtures.draft(org);
        String investorWithOrg = Tokens.token(Fixtures.uniqueName("inv"), List.of("investor", "reviewer"), org);

        as(investorWithOrg)
                .get("/api/v1/achievements/" + achievement + "/changes")
                .then()
                .statusCode(403);
        as(Tokens.token(Fixtures.uniqueName("op"), List.of("operator", "reviewer"), null))
                .get("/api/v1/achievements/" + achievement)
                .then()
                .statusCode(200)
                .body("id", equalTo(achievement));
    }
}
