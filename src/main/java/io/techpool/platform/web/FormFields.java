package io.techpool.platform.web;

import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed values from a form's text fields, for the records the API validates: blank is absent, and what does not
 * parse is an error named after its field, as the API names a wrongly typed JSON field. {@link #check()} throws
 * them all at once ({@link io.techpool.platform.FormErrors} shows them beside the fields).
 */
public final class FormFields {

    private final List<DomainException.Invalid.Field> errors = new ArrayList<>();

    public Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return wrong(field);
        }
    }

    public BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return wrong(field);
        }
    }

    /** The value as a constant of the enum; blank is absent. */
    public <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return wrong(field);
        }
    }

    /** The values as constants of the enum; each unknown one is an error named {@code field[i]}. */
    public <E extends Enum<E>> List<E> enums(String field, List<String> values, Class<E> type) {
        List<E> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            try {
                result.add(Enum.valueOf(type, values.get(i)));
            } catch (IllegalArgumentException e) {
                wrong(field + "[" + i + "]");
            }
        }
        return result;
    }

    /**
     * A text field as typed. One holding a NUL character (U+0000, which PostgreSQL cannot store) is an error named
     * after it, shown beside the field like any other; JSON bodies are refused the same way while read.
     */
    public String text(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new DomainException.Invalid.Field(field, Messages::nulCharacter));
        }
        return value;
    }

    /** {@link #text} for each value of a repeated field, named {@code field[i]}. */
    public List<String> texts(String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                text(field + "[" + i + "]", values.get(i));
            }
        }
        return values;
    }

    /** Throws the fields that did not parse, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    private <T> T wrong(String field) {
        errors.add(new DomainException.Invalid.Field(field, Messages::wrongTypeOrFormat));
        return null;
    }
}
