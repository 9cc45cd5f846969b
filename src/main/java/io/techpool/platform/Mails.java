package io.techpool.platform;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;

/** Mail in the recipient's language: the template's {@code {msg:…}} texts and the subject both speak it. */
public final class Mails {

    private Mails() {}

    public static void send(MailTemplateInstance mail, String to, Language language, Text subject) {
        mail.to(to)
                .subject(subject.in(language))
                .setAttribute("locale", language.locale())
                .sendAndAwait();
    }
}
