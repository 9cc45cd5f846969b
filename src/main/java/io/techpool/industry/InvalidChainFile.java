package io.techpool.industry;

import io.techpool.platform.FileViolation;
import java.util.List;
import java.util.stream.Collectors;

/** A chain file that cannot be used, with every violation found, never only the first. */
public final class InvalidChainFile extends RuntimeException {

    private final List<FileViolation> violations;

    InvalidChainFile(String summary, List<FileViolation> violations) {
        super(summary + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<FileViolation> violations() {
        return violations;
    }
}
