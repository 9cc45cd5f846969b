package io.techpool.platform;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.MessageInterpolator;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation speaks from the product's bundle and in the request's {@link CurrentLanguage}: a constraint's
 * {@code message = "{regionCode}"} is a key of {@code messages/msg*.properties}; the built-in constraints keep
 * Hibernate Validator's own translations.
 */
class ValidationMessages {

    private static final String BUNDLE = "messages/msg";

    @Produces
    @Singleton
    MessageInterpolator interpolator(CurrentLanguage language) {
        Set<Locale> locales =
                Arrays.stream(Language.values()).map(Language::locale).collect(Collectors.toSet());
        return new ResourceBundleMessageInterpolator(
                ValidationMessages::bundle,
                locales,
                Language.ZH.locale(),
                context -> Arc.container().requestContext().isActive()
                        ? language.get().locale()
                        : Language.ZH.locale(),
                false);
    }

    /**
     * The bundle of exactly this locale's language, else the Chinese base file: without "no fallback" the JVM's
     * own locale (often English) would answer for Chinese.
     */
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ValidationMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
