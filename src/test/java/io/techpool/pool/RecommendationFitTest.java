package io.techpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.industry.IndustryCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Quarkus test only because the reasons' words come from the message bundle. */
@QuarkusTest
class RecommendationFitTest {

    private static final RecommendationFit FIT = new RecommendationFit(new IndustryCatalog());

    private static final RecommendationFit.Profile PROFILE =
            new RecommendationFit.Profile(Set.of("38", "I"), 4, 7, Set.of("LICENSE"));

    private static RecommendationFit.Candidate candidate(
            int id, String section, String division, int trl, List<String> modes, String composite, String percentile) {
        return new RecommendationFit.Candidate(
                new UUID(0, id), section, division, trl, modes, new BigDecimal(composite), new BigDecimal(percentile));
    }

    @Test
    void score_addsDivisionTrlModeAndQuality_withReasonsInBothLanguages() {
        var scored = FIT.score(PROFILE, candidate(1, "C", "38", 6, List.of("EQUITY", "LICENSE"), "86", "92.5"));

        assertThat(scored.fit()).isEqualByComparingTo("99.25"); // 40 + 30 + 20 + 9.25
        assertThat(scored.reasons())
                .extracting(RecommendationFit.Reason::code)
                .containsExactly("INDUSTRY_DIVISION", "TRL_IN_RANGE", "TRANSFER_MODE", "HIGH_COMPOSITE");
        assertThat(scored.reasons().get(0).text().zh()).isEqualTo("行业匹配：电气机械和器材制造业（38）");
        assertThat(scored.reasons().get(0).text().en())
                .isEqualTo("industry match: Manufacture of electrical machinery and equipment (38)");
        assertThat(scored.reasons().get(1).text().zh()).isEqualTo("TRL 6 在您的范围 4–7 内");
        assertThat(scored.reasons().get(1).text().en()).isEqualTo("TRL 6 within your range 4–7");
        assertThat(scored.reasons().get(2).text().zh()).isEqualTo("转化方式匹配：许可");
        assertThat(scored.reasons().get(2).text().en()).isEqualTo("transfer mode match: licence");
        assertThat(scored.reasons().get(3).text().en())
                .isEqualTo("high composite: 86.00, percentile 92.50 in its round");
    }

    @Test
    void score_countsASectionMatchLessThanADivisionMatch() {
        var division = FIT.score(PROFILE, candidate(1, "C", "38", 9, List.of(), "70", "0"));
        var section = FIT.score(PROFILE, candidate(2, "I", "65", 9, List.of(), "70", "0"));

        assertThat(division.fit()).isEqualByComparingTo("40");
        assertThat(section.fit()).isEqualByComparingTo("25");
        assertThat(section.reasons().getFirst().text().zh()).isEqualTo("行业门类匹配：信息传输、软件和信息技术服务业（I）");
    }

    @Test
    void score_isNull_whenNeitherIndustryNorTrlMatch_evenIfTheTransferModeDoes() {
        assertThat(FIT.score(PROFILE, candidate(1, "C", "39", 8, List.of("LICENSE"), "95", "100")))
                .isNull();
    }

    @Test
    void score_leavesOutTheCompositeReason_belowTheHighPercentile() {
        var scored = FIT.score(PROFILE, candidate(1, "A", "01", 5, List.of("TRANSFER"), "61", "79.99"));

        assertThat(scored.fit()).isEqualByComparingTo("38.00"); // 30 + 8.00
        assertThat(scored.reasons()).extracting(RecommendationFit.Reason::code).containsExactly("TRL_IN_RANGE");
    }

    @Test
    void rank_ordersByFit_thenComposite_thenId_andDropsTheIrrelevant() {
        var best = candidate(5, "C", "38", 6, List.of("LICENSE"), "70", "50");
        var tieHighComposite = candidate(4, "I", "65", 6, List.of("LICENSE"), "90", "50");
        var tieLowComposite = candidate(3, "I", "64", 6, List.of("LICENSE"), "80", "50");
        var tieSameCompositeLowerId = candidate(2, "I", "63", 6, List.of("LICENSE"), "80", "50");
        var irrelevant = candidate(1, "B", "06", 9, List.of("LICENSE"), "99", "100");

        var ranked = FIT.rank(
                PROFILE, List.of(irrelevant, tieLowComposite, best, tieHighComposite, tieSameCompositeLowerId));

        assertThat(ranked)
                .extracting(s -> s.candidate().id())
                .containsExactly(best.id(), tieHighComposite.id(), tieSameCompositeLowerId.id(), tieLowComposite.id());
    }

    @Test
    void rank_breaksFullTiesByTheIdsText_whichIsPostgresqlsUuidOrder() {
        // UUID.compareTo compares signed longs and would put 8000… before 1000…; PostgreSQL does not.
        var high = new RecommendationFit.Candidate(
                new UUID(0x8000_0000_0000_0000L, 0), "C", "38", 6, List.of(), new BigDecimal("80"), BigDecimal.ZERO);
        var low = new RecommendationFit.Candidate(
                new UUID(0x1000_0000_0000_0000L, 0), "C", "38", 6, List.of(), new BigDecimal("80"), BigDecimal.ZERO);

        assertThat(FIT.rank(PROFILE, List.of(high, low)))
                .extracting(s -> s.candidate().id().toString())
                .containsExactly("10000000-0000-0000-0000-000000000000", "80000000-0000-0000-0000-000000000000");
    }
}
