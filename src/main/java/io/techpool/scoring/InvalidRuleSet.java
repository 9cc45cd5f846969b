package io.techpool.scoring;

import io.techpool.platform.Bilingual;
import java.util.List;
import java.util.stream.Collectors;

/** Rule files that break SCORING.md, with every violation found, never only the first. */
public final class InvalidRuleSet extends RuntimeException {

    /**
     * One broken constraint: where ({@code source} is the file name, {@code field} a path such as
     * {@code dimensions[1].weight}, empty for the file as a whole; {@code line} is 0 when unknown)
     * and which rule, in both languages: rule files are read at start-up too, where no one asked for a language.
     */
    public record Violation(String source, int line, int column, String field, Bilingual rule) {

        static Violation of(String source, String field, String rule, String ruleZh) {
            return new Violation(source, 0, 0, field, new Bilingual(ruleZh, rule));
        }

        @Override
        public String toString() {
            String where = line > 0 ? source + ":" + line + ":" + column : source;
            return field.isEmpty() ? where + ": " + rule.en() : where + ": " + field + ": " + rule.en();
        }
    }

    private final List<Violation> violations;

    InvalidRuleSet(String summary, List<Violation> violations) {
        super(summary + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()), null, false, false);
        this.violations = List.copyOf(violations);
    }

    InvalidRuleSet(List<Violation> violations) {
        this(
                violations.size() == 1
                        ? "1 violation of SCORING.md:"
                        : violations.size() + " violations of SCORING.md:",
                violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
