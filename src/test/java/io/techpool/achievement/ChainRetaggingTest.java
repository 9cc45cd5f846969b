package io.techpool.achievement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.techpool.ChainPool;
import io.techpool.Fixtures;
import io.techpool.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Re-tagging after the chain file changed: tags made under another file's digest are made again (AUTO) or cleaned
 * of chains the file lost (OPERATOR), and pool entries follow. A changed file is simulated by changing the digest
 * stored with the tags, the way a start with a new file finds them.
 */
@QuarkusTest
class ChainRetaggingTest {

    @Inject
    ChainRetagging retagging;

    @Inject
    EntityManager em;

    @Test
    void run_remakesAutoTags_madeUnderAnotherFile_andThePoolEntryFollows() {
        ChainPool pool = ChainPool.get();
        stale(pool.low, "[\"culture-tourism\"]", "AUTO");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update pool_entry set chains = '[]' where id = :id")
                        .setParameter("id", UUID.fromString(pool.low))
                        .executeUpdate());

        assertThat(retagging.run()).isGreaterThanOrEqualTo(1);

        assertThat(chains(pool.low)).containsExactly("equipment-manufacturing", "hydrogen-energy");
        assertThat(given().get("/api/v1/chains/hydrogen-energy/opportunities")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .contains(pool.low);
        assertThat(retagging.run()).isZero();
    }

    @Test
    void run_keepsAnOperatorsTags_butDropsChainsTheFileNoLongerHas() {
        String org = Fixtures.organization();
        String id = Fixtures.submitted(org);
        Fixtures.as(Tokens.operator())
                .body(Map.of("chains", List.of("culture-tourism", "aerospace")))
                .put("/api/v1/achievements/" + id + "/chains")
                .then()
                .statusCode(200);
        stale(id, "[\"culture-tourism\", \"moon-mining\", \"aerospace\"]", "OPERATOR");

        retagging.run();

        assertThat(chains(id)).containsExactly("aerospace", "culture-tourism");
        Fixtures.as(Tokens.operator())
                .get("/api/v1/achievements/" + id)
                .then()
                .body("chainsSource", equalTo("OPERATOR"));
    }

    @Test
    void run_tagsAchievementsSubmittedBeforeChainsExisted_butNotDrafts() {
        String org = Fixtures.organization();
        String submitted = Fixtures.submitted(org);
        String draft = Fixtures.draft(org);
        for (String id : List.of(submitted, draft)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("update achievement set chains = '[]', chains_source = null,"
                                    + " chains_digest = null where id = :id")
                            .setParameter("id", UUID.fromString(id))
                            .executeUpdate());
        }

        retagging.run();

        assertThat(chains(submitted)).containsExactly("new-energy");
        assertThat(chains(draft)).isEmpty();
    }

    private void stale(String id, String chainsJson, String source) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update achievement set chains = cast(:chains as jsonb),"
                                + " chains_source = :source, chains_digest = 'from-an-older-file' where id = :id")
                        .setParameter("chains", chainsJson)
                        .setParameter("source", source)
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());
    }

    private static List<String> chains(String id) {
        return Fixtures.as(Tokens.operator())
                .get("/api/v1/achievements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("chains", String.class);
    }
}
