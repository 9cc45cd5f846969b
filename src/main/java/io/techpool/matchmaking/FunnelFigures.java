package io.techpool.matchmaking;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The operator's funnel, computed from the requests alone: no database, no clock. */
final class FunnelFigures {

    private FunnelFigures() {}

    static MatchRecords.Funnel of(List<MatchRequest> requests) {
        Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
        for (MatchStatus s : MatchStatus.values()) {
            byStatus.put(s, 0L);
        }
        requests.forEach(r -> byStatus.merge(r.status, 1L, Long::sum));
        List<Duration> toAcceptance = requests.stream()
                .filter(r -> r.acceptedAt != null)
                .map(r -> Duration.between(r.createdAt, r.acceptedAt))
                .toList();
        Duration median = median(toAcceptance);
        long total = requests.size();
        return new MatchRecords.Funnel(
                total,
                byStatus,
                count(requests, r -> r.section),
                count(requests, r -> r.roundId.toString()),
                median == null ? null : median.toMillis() / 3_600_000.0,
                conversion(byStatus.get(MatchStatus.DEAL_SIGNED), total),
                bySource(requests),
                byEvent(requests));
    }

    /** The median of the durations (the mean of the middle two for an even count); null for none. */
    static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Share of all requests that reached DEAL_SIGNED; 0 when there are none. */
    static double conversion(long signed, long total) {
        return total == 0 ? 0 : (double) signed / total;
    }

    /** Requests and deals per source, every source named (zeros included), so a chart's axis never shifts. */
    static Map<MatchSource, MatchRecords.SourceFigures> bySource(List<MatchRequest> requests) {
        Map<MatchSource, MatchRecords.SourceFigures> figures = new EnumMap<>(MatchSource.class);
        for (MatchSource source : MatchSource.values()) {
            List<MatchRequest> from =
                    requests.stream().filter(r -> r.source == source).toList();
            figures.put(source, figures(from));
        }
        return figures;
    }

    /** Requests and deals per promotion event the requests were started from. */
    static Map<String, MatchRecords.SourceFigures> byEvent(List<MatchRequest> requests) {
        Map<String, List<MatchRequest>> grouped = requests.stream()
                .filter(r -> r.sourceEventId != null)
                .collect(Collectors.groupingBy(r -> r.sourceEventId.toString(), TreeMap::new, Collectors.toList()));
        Map<String, MatchRecords.SourceFigures> figures = new TreeMap<>();
        grouped.forEach((event, its) -> figures.put(event, figures(its)));
        return figures;
    }

    private static MatchRecords.SourceFigures figures(List<MatchRequest> requests) {
        long deals = requests.stream()
                .filter(r -> r.status == MatchStatus.DEAL_SIGNED)
                .count();
        return new MatchRecords.SourceFigures(requests.size(), deals);
    }

    private static Map<String, Long> count(List<MatchRequest> requests, Function<MatchRequest, String> key) {
        return requests.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
