package io.techpool.platform.mail;

import io.techpool.platform.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One mail, rendered when its change was made, and what became of sending it. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    UUID id;

    String recipient;

    String subject;

    String body;

    /** Whether {@link #body} is HTML (else plain text). */
    boolean html;

    @Enumerated(EnumType.STRING)
    Language language;

    String attachmentName;

    String attachmentType;

    byte[] attachmentData;

    OffsetDateTime createdAt;

    int attempts;

    OffsetDateTime nextAttemptAt;

    OffsetDateTime sentAt;

    OffsetDateTime abandonedAt;

    String lastError;

    protected OutboxMail() {}

    OutboxMail(String recipient, String subject, String body, boolean html, Language language, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.html = html;
        this.language = language;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }
}
