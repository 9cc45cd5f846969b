package io.techpool.scoring;

import io.techpool.platform.FileViolation;
import java.util.List;
import java.util.stream.Collectors;

/** Rule files that break SCORING.md, with every violation found, never only the first. */
public final class InvalidRuleSet extends RuntimeException {

    private final List<FileViolation> violations;

    InvalidRuleSet(String summary, List<FileViolation> violations) {
        super(summary + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()), null, false, false);
        this.violations = List.copyOf(violations);
    }

    InvalidRuleSet(List<FileViolation> violations) {
        this(
                violations.size() == 1
                        ? "1 violation of SCORING.md:"
                        : violations.size() + " violations of SCORING.md:",
                violations);
    }

    public List<FileViolation> violations() {
        return violations;
    }
}
