package io.techpool.platform.mail;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.Language;
import io.techpool.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * How features send mail: {@link #enqueue} renders it in the recipient's language and writes it to the outbox
 * in the caller's transaction, which it requires. The mail leaves after that transaction commits
 * ({@link MailSender}); if it rolls back, there is no mail. Sending never happens inside a feature's
 * transaction, so a mail server that is down or slow neither fails nor delays the change.
 */
@ApplicationScoped
public class MailOutbox {

    /** Fired for each mail written; observed after the commit, to send without waiting for the next check. */
    record Queued() {}

    @Inject
    OutboxMailRepository mails;

    @Inject
    Event<Queued> queued;

    @Inject
    Clock clock;

    /** A file sent with a mail. */
    public record Attachment(String name, byte[] data, String contentType) {}

    /** The template's {@code {msg:…}} texts and the subject both speak {@code language}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailTemplateInstance mail, String to, Language language, Text subject) {
        enqueue(mail, to, language, subject, null);
    }

    /** As {@link #enqueue(MailTemplateInstance, String, Language, Text)}, with a file attached (or null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailTemplateInstance mail, String to, Language language, Text subject, Attachment attachment) {
        TemplateInstance template = mail.templateInstance().setAttribute("locale", language.locale());
        String variant =
                template.getTemplate().getVariant().map(v -> v.getContentType()).orElse("text/plain");
        OutboxMail outgoing = new OutboxMail(
                to,
                subject.in(language),
                template.render(),
                variant.equals("text/html"),
                language,
                OffsetDateTime.now(clock));
        if (attachment != null) {
            outgoing.attachmentName = attachment.name();
            outgoing.attachmentType = attachment.contentType();
            outgoing.attachmentData = attachment.data();
        }
        mails.persist(outgoing);
        queued.fire(new Queued());
    }
}
