package io.techpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.PublishedPool;
import io.techpool.platform.Page;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recommendation pages are kept per profile and pool version, and a kept page is the page ranked anew. */
@QuarkusTest
class RecommendationCacheTest {

    private static final RecommendationFit.Profile BROAD =
            new RecommendationFit.Profile(Set.of("C", "65"), 4, 7, Set.of("LICENSE", "EQUITY"));

    @Inject
    PoolService pool;

    private Page<Recommendation> cached(RecommendationFit.Profile profile, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> pool.recommendations(profile, page, size));
    }

    private Page<Recommendation> uncached(RecommendationFit.Profile profile, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> pool.rank(profile, page, size));
    }

    @Test
    void recommendations_keptForAProfile_equalTheRankingWithoutTheCache() {
        PublishedPool.get();

        Page<Recommendation> first = cached(BROAD, 0, 100);
        Page<Recommendation> again = cached(BROAD, 0, 100);

        assertThat(first.items()).isNotEmpty();
        assertThat(again).isSameAs(first);
        assertThat(again).isEqualTo(uncached(BROAD, 0, 100));
        assertThat(cached(BROAD, 1, 1)).isEqualTo(uncached(BROAD, 1, 1));
    }

    @Test
    void recommendations_change_whenARoundIsPublished() {
        PublishedPool.get();
        var profile = new RecommendationFit.Profile(Set.of("38"), 9, 9, Set.of("EQUITY"));
        Page<Recommendation> before = cached(profile, 0, 100);
        assertThat(cached(profile, 0, 100)).isSameAs(before);

        String owner = Fixtures.organization();
        String newcomer = PublishedPool.achievement(owner, "光伏制氢一体化装置", null, "38", 9, List.of("EQUITY"));
        Map<String, Integer> scores = new HashMap<>(Map.of(newcomer, 95));
        for (int i = 0; i < 4; i++) {
            scores.put(PublishedPool.achievement(owner, "陪衬" + i, null, "38", 5, List.of("COOPERATION")), 50);
        }
        Fixtures.publishRound(scores);

        Page<Recommendation> after = cached(profile, 0, 100);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(after.items()).extracting(Recommendation::id).contains(newcomer);
        assertThat(after).isEqualTo(uncached(profile, 0, 100));
    }

    @Test
    void recommendations_change_whenTheProfileChanges() {
        PublishedPool.get();
        var narrower = new RecommendationFit.Profile(Set.of("C", "65"), 7, 7, Set.of("LICENSE", "EQUITY"));

        Page<Recommendation> broad = cached(BROAD, 0, 100);
        Page<Recommendation> narrow = cached(narrower, 0, 100);

        assertThat(narrow).isNotEqualTo(broad);
        assertThat(narrow).isEqualTo(uncached(narrower, 0, 100));
        assertThat(cached(BROAD, 0, 100)).isSameAs(broad);
    }
}
