package io.techpool.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 (lower-case hex) of the canonical text of a computation's inputs, for auditing. The
 * text is UTF-8, one record a line ending in {@code \n}, fields separated by a tab: a header line
 * {@code techpool-selection-input/1}; the rule set's id and version and every parameter the
 * computation reads; then R sorted by id; then the sheets used (those of R) sorted by achievement
 * id, then reviewer id. Numbers are written without trailing zeros in plain notation ({@code 80} and
 * {@code 80.00} are the same input), instants in ISO-8601 UTC; a tab, newline, carriage return or
 * backslash inside a text is escaped as {@code \t}, {@code \n}, {@code \r}, {@code \\}. The order of
 * the inputs therefore never changes the digest. See docs/decisions/005-selection-computation.md.
 */
final class InputDigest {

    static final String HEADER = "techpool-selection-input/1";

    private InputDigest() {}

    /** {@code registered} sorted by id, {@code sheets} sorted by achievement id then reviewer id. */
    static String of(RuleSet rules, List<Registered> registered, List<ScoreSheet> sheets) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder line = new StringBuilder(128);
        Sink sink = fields -> {
            line.setLength(0);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(fields[i]);
            }
            line.append('\n');
            sha256.update(line.toString().getBytes(StandardCharsets.UTF_8));
        };
        sink.line(HEADER);
        sink.line("rules", text(rules.id()), Integer.toString(rules.version()));
        sink.line("scale", number(rules.scale().min()), number(rules.scale().max()));
        for (String key : RuleSet.DIMENSION_KEYS) {
            sink.line("weight", key, number(rules.dimension(key).orElseThrow().weight()));
        }
        sink.line("reviews.required", Integer.toString(rules.reviews().required()));
        sink.line("aggregation", rules.aggregation().value());
        sink.line("normalization", rules.normalization().value());
        sink.line("disagreement.maxStdDev", number(rules.disagreement().maxStdDev()));
        RuleSet.Selection selection = rules.selection();
        sink.line(
                "selection",
                number(selection.quota()),
                number(selection.minComposite()),
                selection.scope().value(),
                String.join(",", selection.tieBreak()));
        sink.line("registered", Integer.toString(registered.size()));
        for (Registered r : registered) {
            sink.line(
                    text(r.achievementId()),
                    text(r.industryCode()),
                    text(r.section()),
                    r.registeredAt().toString());
        }
        sink.line("sheets", Integer.toString(sheets.size()));
        for (ScoreSheet s : sheets) {
            sink.line(
                    text(s.achievementId()),
                    text(s.reviewerId()),
                    number(s.marketPotential()),
                    number(s.economicValue()),
                    number(s.technicalContent()));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private interface Sink {
        void line(String... fields);
    }

    static String number(BigDecimal value) {
        if (value.scale() == 0) {
            return value.toString(); // an integer: already without trailing zeros after the point
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
