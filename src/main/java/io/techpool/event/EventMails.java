package io.techpool.event;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;

/**
 * The mails of events, as templates: {@code templates/EventMails/*.txt}, in the language the investor registered
 * in. {@code starts} is the event's time in its own zone, with the offset; {@code link} the event's page.
 */
@CheckedTemplate(basePath = "EventMails")
final class EventMails {

    private EventMails() {}

    static native MailTemplateInstance registered(String title, String starts, String where, String link);

    static native MailTemplateInstance promoted(String title, String starts, String where, String link);

    static native MailTemplateInstance changed(String title, String starts, String where, String link);

    static native MailTemplateInstance reminder(String title, String starts, String where, String link);

    static native MailTemplateInstance cancelled(String title, String starts);
}
