package io.techpool.platform;

import java.util.List;

/** A failure a service reports on purpose; mapped to problem+json in one place. */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.Conflict, DomainException.Forbidden, DomainException.Invalid {

    private final String messageZh;

    private DomainException(String zh, String en) {
        super(en, null, false, false);
        this.messageZh = zh;
    }

    /** The message in the caller's language: Chinese first, English second. */
    public String message(Language language) {
        return language == Language.EN ? getMessage() : messageZh;
    }

    public abstract int status();

    /** 404: unknown, or not the caller's to know about. */
    public static final class NotFound extends DomainException {
        public NotFound(String zh, String en) {
            super(zh, en);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** 409: the state does not allow it (wrong status, stale version, duplicate). */
    public static final class Conflict extends DomainException {
        public Conflict(String zh, String en) {
            super(zh, en);
        }

        @Override
        public int status() {
            return 409;
        }
    }

    /** 403: authenticated, but not allowed. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String zh, String en) {
            super(zh, en);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    /** 400 with field-level errors, for rules bean validation cannot express (e.g. reference data). */
    public static final class Invalid extends DomainException {
        private final List<Problem.FieldError> errors;

        public Invalid(List<Problem.FieldError> errors) {
            super("请求中有无效字段。", "The request has invalid fields.");
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String message) {
            this(List.of(new Problem.FieldError(field, message)));
        }

        public List<Problem.FieldError> errors() {
            return errors;
        }

        @Override
        public int status() {
            return 400;
        }
    }
}
