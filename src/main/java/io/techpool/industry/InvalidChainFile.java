package io.techpool.industry;

import io.techpool.platform.Bilingual;
import java.util.List;
import java.util.stream.Collectors;

/** A chain file that cannot be used, with every violation found, never only the first. */
public final class InvalidChainFile extends RuntimeException {

    /**
     * One broken constraint: where ({@code source} is the file, {@code field} a path such as
     * {@code chains[2].divisions[0]}, empty for the file as a whole; {@code line} is 0 when unknown) and which
     * rule, in both languages: the file is read at start-up, where no one asked for a language.
     */
    public record Violation(String source, int line, int column, String field, Bilingual rule) {

        @Override
        public String toString() {
            String where = line > 0 ? source + ":" + line + ":" + column : source;
            return field.isEmpty() ? where + ": " + rule.en() : where + ": " + field + ": " + rule.en();
        }
    }

    private final List<Violation> violations;

    InvalidChainFile(String summary, List<Violation> violations) {
        super(summary + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
