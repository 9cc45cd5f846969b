package io.techpool.platform;

import java.util.Arrays;

/** Query parameters a resource reads itself, so a wrong value is a 400 naming it, not a 404. */
public final class QueryParams {

    private QueryParams() {}

    /** The constant named {@code value}, {@code fallback} when absent, 400 for anything else. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DomainException.Invalid(field, m -> m.mustBeOneOf(Arrays.toString(type.getEnumConstants())));
        }
    }
}
