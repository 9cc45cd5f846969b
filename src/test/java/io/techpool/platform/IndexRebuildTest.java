package io.techpool.platform;

import static io.techpool.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndexRebuildTest {

    @Inject
    EntityManager em;

    /** An operator starts a rebuild, which is accepted. */
    private static void startARebuild() {
        as(Tokens.operator()).post("/api/v1/search-index/rebuild").then().statusCode(202);
    }

    private static void awaitTheRebuild() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "DONE".equals(progress().getString("state")));
    }

    @Test
    void search_keepsAnswering_whileTheIndexesAreRebuilt() {
        String org = Fixtures.organization();
        startARebuild();
        as(Tokens.institution(org))
                .queryParam("q", "光伏")
                .get("/api/v1/achievements")
                .then()
                .statusCode(200);
        awaitTheRebuild();
    }

    @Test
    void rebuild_reportsProgress_untilEverythingIsIndexed() {
        Fixtures.draft(Fixtures.organization());
        startARebuild();
        awaitTheRebuild();
        JsonPath done = progress();
        assertThat(done.getLong("indexed")).isGreaterThanOrEqualTo(1).isEqualTo(done.getLong("total"));
    }

    @Test
    void search_findsAnAchievement_afterARebuild() {
        String org = Fixtures.organization();
        String id = Fixtures.draft(org);
        startARebuild();
        awaitTheRebuild();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> as(Tokens.institution(org))
                        .queryParam("q", "光伏")
                        .get("/api/v1/achievements")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .contains(id));
    }

    @Test
    void aRebuildRunningOnAnotherReplica_isNotStartedAgain() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into job_lease (name, holder, until) values ('index-rebuild', 'other-replica',"
                                        + " now() + interval '5 minutes')")
                        .executeUpdate());
        try {
            as(Tokens.operator())
                    .post("/api/v1/search-index/rebuild")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from job_lease where name = 'index-rebuild'")
                            .executeUpdate());
        }
    }

    @Test
    void aRebuildWhoseReplicaDied_isReportedFailed_andMayBeStartedAgain() {
        awaitNoRebuild();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into index_rebuild (id, state, holder, started_at) values (1, 'RUNNING',"
                                        + " 'dead-replica', now()) on conflict (id) do update set state = 'RUNNING',"
                                        + " holder = 'dead-replica', finished_at = null")
                        .executeUpdate());

        JsonPath progress = progress();
        assertThat(progress.getString("state")).isEqualTo("FAILED");
        assertThat(progress.getString("error")).isEqualTo("Interrupted");
        startARebuild();
        awaitTheRebuild();
    }

    /** Whatever another test started has finished: this replica holds no rebuild. */
    private static void awaitNoRebuild() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !"RUNNING".equals(progress().getString("state")));
    }

    @Test
    void onlyOperatorsRebuild() {
        as(Tokens.institution(Fixtures.organization()))
                .post("/api/v1/search-index/rebuild")
                .then()
                .statusCode(403)
                .body("status", equalTo(403));
    }

    private static JsonPath progress() {
        return as(Tokens.operator())
                .get("/api/v1/search-index/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
