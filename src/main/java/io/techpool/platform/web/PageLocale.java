package io.techpool.platform.web;

import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Every template rendered during a request speaks the request's language: Qute picks the message bundle by
 * the template instance's {@code locale}. Mails set their recipient's locale after this and so override it.
 * Qute's engine does not collect initializer beans by itself: this one adds itself to the engine as it is built
 * (without that, every page's bundle texts came out in Chinese).
 */
@Singleton
public class PageLocale implements TemplateInstance.Initializer {

    @Inject
    jakarta.enterprise.inject.Instance<CurrentLanguage> language;

    void register(@jakarta.enterprise.event.Observes io.quarkus.qute.EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (io.quarkus.arc.Arc.container().requestContext().isActive()) {
            instance.setLocale(language.get().get().locale());
        }
    }
}
