package io.techpool.platform;

import java.util.List;

/**
 * A failure a service reports on purpose; mapped to problem+json in one place. It carries its message as a
 * {@link Text}, so the problem speaks the caller's language, whichever that is.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound,
                DomainException.Conflict,
                DomainException.Forbidden,
                DomainException.Invalid,
                DomainException.TooLarge,
                DomainException.Unsupported {

    private final transient Text message;

    private DomainException(Text message) {
        super(null, null, false, false);
        this.message = message;
    }

    /** The message in the caller's language. */
    public String message(Language language) {
        return message.in(language);
    }

    /** In English, for logs. */
    @Override
    public String getMessage() {
        return message(Language.EN);
    }

    public abstract int status();

    /** 404: unknown, or not the caller's to know about. */
    public static final class NotFound extends DomainException {
        public NotFound(Text message) {
            super(message);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** 409: the state does not allow it (wrong status, stale version, duplicate). */
    public static final class Conflict extends DomainException {
        public Conflict(Text message) {
            super(message);
        }

        @Override
        public int status() {
            return 409;
        }
    }

    /** 403: authenticated, but not allowed. */
    public static final class Forbidden extends DomainException {
        public Forbidden(Text message) {
            super(message);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    /** 413: more than a limit allows (an uploaded file's size, rows, unpacked size); the message names the limit. */
    public static final class TooLarge extends DomainException {
        public TooLarge(Text message) {
            super(message);
        }

        @Override
        public int status() {
            return 413;
        }
    }

    /** 415: a kind of content not accepted here (an {@code .xls} file where {@code .xlsx} or CSV is). */
    public static final class Unsupported extends DomainException {
        public Unsupported(Text message) {
            super(message);
        }

        @Override
        public int status() {
            return 415;
        }
    }

    /** 400 with field-level errors, for rules bean validation cannot express (e.g. reference data). */
    public static final class Invalid extends DomainException {

        /** What is wrong with one field, as {@link Problem.FieldError} says it once the language is known. */
        public record Field(String name, Text message) {}

        private final List<Field> fields;

        public Invalid(List<Field> fields) {
            super(Messages::invalidFields);
            this.fields = List.copyOf(fields);
        }

        public Invalid(String field, Text message) {
            this(List.of(new Field(field, message)));
        }

        public List<Problem.FieldError> errors(Language language) {
            return fields.stream()
                    .map(f -> new Problem.FieldError(f.name(), f.message().in(language)))
                    .toList();
        }

        /** The fields' messages alone, in a language: what a page shows above the form it answers with again. */
        public List<String> messages(Language language) {
            return fields.stream().map(f -> f.message().in(language)).toList();
        }

        @Override
        public int status() {
            return 400;
        }
    }
}
