package io.techpool.platform;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a page shows beside a form's fields when the service refuses it: the same field names and messages the
 * API's problem body lists ({@code title.zh}, {@code budgetMax}), in the reader's language, and the problem's
 * detail above the form. Templates ask {@code errors.of('title.zh')}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), null);

    private final Map<String, String> byField;
    private final String summary;

    private FormErrors(Map<String, String> byField, String summary) {
        this.byField = byField;
        this.summary = summary;
    }

    public static FormErrors none() {
        return NONE;
    }

    /**
     * The errors a refusal carries, when it is one a form can show: invalid fields, or a client error of the
     * domain (400, 409, 422). Anything else (not found, forbidden, failures) is empty: the error page answers it.
     */
    public static Optional<FormErrors> of(RuntimeException refusal, Language language) {
        if (refusal instanceof ConstraintViolationException invalid) {
            Map<String, String> fields = new LinkedHashMap<>();
            invalid.getConstraintViolations()
                    .forEach(v -> fields.merge(ProblemMapper.field(v), v.getMessage(), (a, b) -> a + " " + b));
            return Optional.of(new FormErrors(fields, language.messages().invalidFields()));
        }
        if (refusal instanceof DomainException domain
                && domain.status() >= 400
                && domain.status() < 500
                && domain.status() != 403
                && domain.status() != 404) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (domain instanceof DomainException.Invalid invalid) {
                invalid.errors(language).forEach(e -> fields.merge(e.field(), e.message(), (a, b) -> a + " " + b));
            }
            return Optional.of(new FormErrors(fields, domain.message(language)));
        }
        return Optional.empty();
    }

    public boolean any() {
        return summary != null || !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field, or the empty string. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public String summary() {
        return summary == null ? "" : summary;
    }

    public Map<String, String> fields() {
        return byField;
    }
}
