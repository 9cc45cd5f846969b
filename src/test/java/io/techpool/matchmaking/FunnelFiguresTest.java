package io.techpool.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FunnelFiguresTest {

    private static final UUID ROUND_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ROUND_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e0");

    @Test
    void of_addsTheGroupsUpPerStatusSectionAndRound() {
        var funnel = FunnelFigures.of(
                List.of(
                        new FunnelFigures.Group(MatchStatus.REQUESTED, "A", ROUND_A, MatchSource.SEARCH, null, 3),
                        new FunnelFigures.Group(MatchStatus.REQUESTED, "B", ROUND_B, MatchSource.EVENT, EVENT, 2),
                        new FunnelFigures.Group(MatchStatus.DEAL_SIGNED, "A", ROUND_B, MatchSource.EVENT, EVENT, 1)),
                7200.0);
        assertThat(funnel.total()).isEqualTo(6);
        assertThat(funnel.byStatus())
                .containsEntry(MatchStatus.REQUESTED, 5L)
                .containsEntry(MatchStatus.DEAL_SIGNED, 1L)
                .containsEntry(MatchStatus.ACCEPTED, 0L);
        assertThat(funnel.bySection()).containsExactly(java.util.Map.entry("A", 4L), java.util.Map.entry("B", 2L));
        assertThat(funnel.byRound()).containsEntry(ROUND_A.toString(), 3L).containsEntry(ROUND_B.toString(), 3L);
        assertThat(funnel.medianHoursToAcceptance()).isEqualTo(2.0);
        assertThat(funnel.conversionRate()).isEqualTo(1.0 / 6);
        assertThat(funnel.bySource())
                .containsEntry(MatchSource.SEARCH, new MatchRecords.SourceFigures(3, 0))
                .containsEntry(MatchSource.EVENT, new MatchRecords.SourceFigures(3, 1))
                .containsEntry(MatchSource.OTHER, new MatchRecords.SourceFigures(0, 0));
        assertThat(funnel.byEvent())
                .containsExactly(java.util.Map.entry(EVENT.toString(), new MatchRecords.SourceFigures(3, 1)));
    }

    @Test
    void of_noRequests_isZeroesAndNoMedian() {
        var funnel = FunnelFigures.of(List.of(), null);
        assertThat(funnel.total()).isZero();
        assertThat(funnel.medianHoursToAcceptance()).isNull();
        assertThat(funnel.conversionRate()).isZero();
    }

    @Test
    void conversion_isTheSignedShareOfAllRequests() {
        assertThat(FunnelFigures.conversion(1, 4)).isEqualTo(0.25);
        assertThat(FunnelFigures.conversion(0, 0)).isZero();
    }
}
