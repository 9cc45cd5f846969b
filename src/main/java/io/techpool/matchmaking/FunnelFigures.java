package io.techpool.matchmaking;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The operator's funnel from the database's groups: counts per status, section and round, and the median time to
 * acceptance. The database groups and takes the median; this adds the groups up, so the funnel costs a few rows
 * however many requests there are.
 */
final class FunnelFigures {

    /** How many requests have one status, section, round, source and source event. */
    record Group(
            MatchStatus status, String section, UUID roundId, MatchSource source, UUID sourceEventId, long count) {}

    private FunnelFigures() {}

    static MatchRecords.Funnel of(List<Group> groups, Double medianSecondsToAcceptance) {
        Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
        for (MatchStatus s : MatchStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<String, Long> bySection = new TreeMap<>();
        Map<String, Long> byRound = new TreeMap<>();
        // Every source named (zeros included), so a chart's axis never shifts.
        Map<MatchSource, MatchRecords.SourceFigures> bySource = new EnumMap<>(MatchSource.class);
        for (MatchSource s : MatchSource.values()) {
            bySource.put(s, new MatchRecords.SourceFigures(0, 0));
        }
        Map<String, MatchRecords.SourceFigures> byEvent = new TreeMap<>();
        long total = 0;
        for (Group g : groups) {
            byStatus.merge(g.status(), g.count(), Long::sum);
            bySection.merge(g.section(), g.count(), Long::sum);
            byRound.merge(g.roundId().toString(), g.count(), Long::sum);
            MatchRecords.SourceFigures figures =
                    new MatchRecords.SourceFigures(g.count(), g.status() == MatchStatus.DEAL_SIGNED ? g.count() : 0);
            bySource.merge(g.source(), figures, FunnelFigures::add);
            if (g.sourceEventId() != null) {
                byEvent.merge(g.sourceEventId().toString(), figures, FunnelFigures::add);
            }
            total += g.count();
        }
        return new MatchRecords.Funnel(
                total,
                byStatus,
                bySection,
                byRound,
                medianSecondsToAcceptance == null ? null : medianSecondsToAcceptance / 3600.0,
                conversion(byStatus.get(MatchStatus.DEAL_SIGNED), total),
                bySource,
                byEvent);
    }

    /** Share of all requests that reached DEAL_SIGNED; 0 when there are none. */
    static double conversion(long signed, long total) {
        return total == 0 ? 0 : (double) signed / total;
    }

    private static MatchRecords.SourceFigures add(MatchRecords.SourceFigures a, MatchRecords.SourceFigures b) {
        return new MatchRecords.SourceFigures(a.requests() + b.requests(), a.deals() + b.deals());
    }
}
