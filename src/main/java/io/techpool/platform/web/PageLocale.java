package io.techpool.platform.web;

import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Every template rendered during a request speaks the request's language: Qute picks the message bundle by
 * the template instance's {@code locale}. Mails set their recipient's locale after this and so override it.
 */
@Singleton
public class PageLocale implements TemplateInstance.Initializer {

    @Inject
    jakarta.enterprise.inject.Instance<CurrentLanguage> language;

    @Override
    public void accept(TemplateInstance instance) {
        if (io.quarkus.arc.Arc.container().requestContext().isActive()) {
            instance.setLocale(language.get().get().locale());
        }
    }
}
