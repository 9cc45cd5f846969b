package io.techpool.platform.web;

import io.techpool.platform.FormErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link FormErrors} keyed by a form's input names: an item's error ({@code industries[2]}) shows beside its
 * list ({@code industries}), and a form whose inputs are named otherwise than the API's fields (the pool's URL
 * parameters {@code section}, {@code industry} for a saved search's {@code criteria.sections},
 * {@code criteria.industries}) renames them. Templates ask {@code errors.of('industries')}.
 */
public final class FieldErrors {

    private final Map<String, String> byInput = new LinkedHashMap<>();
    private final String summary;

    private FieldErrors(FormErrors errors, Map<String, String> inputs) {
        errors.fields().forEach((field, message) -> {
            String list = field.replaceAll("\\[\\d+]", "");
            byInput.merge(inputs.getOrDefault(list, list), message, (a, b) -> a.equals(b) ? a : a + " " + b);
        });
        this.summary = errors.summary();
    }

    public static FieldErrors none() {
        return of(FormErrors.none());
    }

    public static FieldErrors of(FormErrors errors) {
        return new FieldErrors(errors, Map.of());
    }

    /** With the API's field names ({@code criteria.sections}) mapped to the form's input names ({@code section}). */
    public static FieldErrors of(FormErrors errors, Map<String, String> inputs) {
        return new FieldErrors(errors, inputs);
    }

    public boolean any() {
        return !summary.isEmpty() || !byInput.isEmpty();
    }

    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    /** The message for an input, or the empty string. */
    public String of(String input) {
        return byInput.getOrDefault(input, "");
    }

    public String summary() {
        return summary;
    }
}
