package io.techpool.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Rule sets, achievements and sheets for the tables of the selection computation's tests. */
final class ScoringFixtures {

    /** Registration times are minutes after this instant. */
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private ScoringFixtures() {}

    /**
     * {@link RuleSetFixtures#valid()} (weights 0.4/0.3/0.3, required 3, trimmed_mean, none,
     * maxStdDev 15, quota 0.20, minComposite 60, global, tie-break tc, mp, ev) with {@code edits}:
     * pairs of text to find and its replacement.
     */
    static RuleSet rules(String... edits) {
        String yaml = RuleSetFixtures.valid();
        for (int i = 0; i < edits.length; i += 2) {
            yaml = RuleSetFixtures.edit(yaml, edits[i], edits[i + 1]);
        }
        return RuleSetParser.parse("test.yaml", yaml);
    }

    /** A rule file of the repository's {@code scoring-rules/}. */
    static RuleSet ruleFile(String name) {
        try {
            return RuleSetParser.parse(name, Files.readString(Path.of("scoring-rules", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Registered registered(String id, String division, String section, int minute) {
        return new Registered(id, division, section, T0.plusSeconds(60L * minute));
    }

    /** An achievement of division 38 (section C). */
    static Registered registered(String id, int minute) {
        return registered(id, "38", "C", minute);
    }

    static ScoreSheet sheet(String achievement, String reviewer, String mp, String ev, String tc) {
        return new ScoreSheet(achievement, reviewer, d(mp), d(ev), d(tc));
    }

    static ScoreSheet sheet(String achievement, String reviewer, int mp, int ev, int tc) {
        return new ScoreSheet(
                achievement, reviewer, BigDecimal.valueOf(mp), BigDecimal.valueOf(ev), BigDecimal.valueOf(tc));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** "70 80 90" as numbers. */
    static BigDecimal[] values(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .map(BigDecimal::new)
                .toArray(BigDecimal[]::new);
    }

    static List<String> ids(List<RankedAchievement> entries) {
        return entries.stream().map(RankedAchievement::achievementId).toList();
    }
}
