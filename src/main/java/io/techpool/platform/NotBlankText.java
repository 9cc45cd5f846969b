package io.techpool.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A required text with something to read in it. {@code @NotBlank} only knows Java's white space, so a title of
 * ideographic spaces (U+3000, what a Chinese keyboard types) or zero-width characters passes it and shows as
 * an empty line; this one refuses those too ({@link Texts#isBlank}). Every required text field uses it.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBlankText.Check.class)
public @interface NotBlankText {

    String message() default "{mustNotBeBlank}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotBlankText, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !Texts.isBlank(value.toString());
        }
    }
}
