package io.techpool.pool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techpool.achievement.AchievementInput.TeamMember;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementView;
import io.techpool.platform.Language;
import io.techpool.platform.web.WebMessages;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** One pool entry as its page shows it, in one language: what the API's entry has, never a contact. */
record PoolEntryView(
        String id,
        String title,
        String summary,
        String description,
        String registrationNumber,
        List<String> keywords,
        String organizationCode,
        String organization,
        String section,
        String sectionName,
        String industryCode,
        String industry,
        List<ChainLink> chains,
        long trl,
        String level,
        List<IpRight> ipRights,
        List<Mode> transferModes,
        BigDecimal askingPrice,
        List<TeamMember> team,
        String composite,
        String marketPotential,
        String economicValue,
        String technicalContent,
        String percentile,
        long industryRank,
        String roundId,
        String roundName,
        OffsetDateTime publishedAt,
        String chart,
        List<PoolHitView> similar) {

    record IpRight(String kind, String number, String title) {}

    /** A key industry chain the entry serves: its id (the link to its page) and its name. */
    record ChainLink(String id, String name) {}

    /** A transfer mode: its API value (the request form's option) and its label. */
    record Mode(String value, String label) {}

    private static final int DESCRIPTION_LENGTH = 150;

    static PoolEntryView of(
            PoolRecords.Entry entry,
            String sectionName,
            String industry,
            List<ChainLink> chains,
            String roundName,
            List<PoolHitView> similar,
            Language language,
            WebMessages web,
            ObjectMapper json) {
        AchievementView a = entry.achievement();
        String summary = language.pick(a.summary().zh(), a.summary().en());
        Map<String, BigDecimal> scores = entry.aggregates();
        return new PoolEntryView(
                entry.id(),
                language.pick(a.title().zh(), a.title().en()),
                summary,
                PoolHitView.abbreviate(summary, DESCRIPTION_LENGTH),
                a.registrationNumber(),
                a.keywords() == null ? List.of() : a.keywords(),
                entry.organization().code(),
                entry.organization().name().pick(language),
                entry.section(),
                sectionName,
                entry.industryCode(),
                industry,
                chains,
                a.trl(),
                a.level() == null ? null : AchievementKinds.label(a.level()).in(language),
                a.ipRights() == null
                        ? List.of()
                        : a.ipRights().stream()
                                .map(ip -> new IpRight(
                                        AchievementKinds.label(ip.kind()).in(language), ip.number(), ip.title()))
                                .toList(),
                a.transferModes() == null
                        ? List.of()
                        : a.transferModes().stream()
                                .map(m -> new Mode(
                                        m.name(), AchievementKinds.label(m).in(language)))
                                .toList(),
                a.askingPrice(),
                a.team() == null ? List.of() : a.team(),
                shown(entry.composite()),
                shown(scores.get("market_potential")),
                shown(scores.get("economic_value")),
                shown(scores.get("technical_content")),
                shown(entry.percentile()),
                entry.industryRank(),
                entry.roundId(),
                roundName,
                entry.publishedAt(),
                chart(entry, scores, web, json),
                similar);
    }

    /** A score as people read it: two decimals at most, no trailing zeros (80, 82.35). */
    static String shown(BigDecimal score) {
        return score == null
                ? null
                : score.setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }

    /**
     * The ECharts option of the scores' bar chart, as JSON for a {@code <script type="application/json">}: its
     * only texts are the bundle's names of the dimensions, and {@code <}, {@code >}, {@code &} are written as
     * JSON escapes, so nothing in it can end the script element.
     */
    private static String chart(
            PoolRecords.Entry entry, Map<String, BigDecimal> scores, WebMessages web, ObjectMapper json) {
        List<String> names = List.of(
                web.scoreMarketPotential(),
                web.scoreEconomicValue(),
                web.scoreTechnicalContent(),
                web.scoreComposite());
        List<BigDecimal> values = List.of(
                new BigDecimal(shown(scores.getOrDefault("market_potential", BigDecimal.ZERO))),
                new BigDecimal(shown(scores.getOrDefault("economic_value", BigDecimal.ZERO))),
                new BigDecimal(shown(scores.getOrDefault("technical_content", BigDecimal.ZERO))),
                new BigDecimal(shown(entry.composite())));
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 40, "right", 16, "top", 16, "bottom", 32, "containLabel", true),
                // Every label shown, wrapped: ECharts otherwise drops every other English label as overlapping.
                "xAxis",
                        Map.of(
                                "type",
                                "category",
                                "data",
                                names,
                                "axisLabel",
                                Map.of("interval", 0, "width", 80, "overflow", "break")),
                "yAxis", Map.of("type", "value", "min", 0),
                "tooltip", Map.of("trigger", "axis"),
                "series",
                        List.of(Map.of(
                                "type", "bar", "data", values, "label", Map.of("show", true, "position", "top"))));
        try {
            return json.writeValueAsString(option)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the score chart could not be written", e);
        }
    }
}
