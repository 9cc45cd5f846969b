package io.techpool.platform.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds: right after each commit that wrote mail, and every {@code check-every} for
 * retries and for what a crash left behind. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * marked sent in the same transaction, so replicas never send one mail twice. A failed attempt is retried
 * after a doubling wait; after the last one the mail is given up: logged as an error, counted in
 * {@code techpool_mail_abandoned_total}, kept in the table with its last error.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    OutboxMailRepository mails;

    @Inject
    Mailer mailer;

    @Inject
    MailConfig config;

    @Inject
    ManagedExecutor executor;

    @Inject
    Clock clock;

    private final Counter sent;
    private final Counter failed;
    private final Counter abandoned;

    /** One drain at a time per replica; a wake-up during a drain makes it go round once more. */
    private final AtomicBoolean draining = new AtomicBoolean();

    private final AtomicBoolean wanted = new AtomicBoolean();

    @Inject
    MailSender(MeterRegistry registry) {
        sent = Counter.builder("techpool.mail.sent")
                .description("Mails handed to the mail server")
                .register(registry);
        failed = Counter.builder("techpool.mail.failed")
                .description("Attempts at sending a mail that failed (each is retried until the last)")
                .register(registry);
        abandoned = Counter.builder("techpool.mail.abandoned")
                .description("Mails given up on after their last attempt")
                .register(registry);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.Queued queued) {
        wake();
    }

    @Scheduled(
            every = "${techpool.mail.check-every:30s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        wake();
    }

    /** Starts a drain off the caller's thread, unless one is running (it then goes round once more). */
    void wake() {
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.runAsync(this::drain);
        }
    }

    private void drain() {
        try {
            while (wanted.getAndSet(false)) {
                sendDue();
            }
        } catch (RuntimeException e) {
            LOG.error("Sending the mail outbox failed; the next check tries again", e);
        } finally {
            draining.set(false);
        }
        if (wanted.get()) {
            wake(); // woken between the last look and the end of the drain
        }
    }

    /** Sends every mail due now, batch by batch; answers how many went out. */
    public int sendDue() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew()
                    .timeout(600)
                    .call(() -> sendBatch(mails.claimDue(OffsetDateTime.now(clock), config.batchSize())));
            total += batch;
        } while (batch > 0);
        return total;
    }

    /** Answers how many mails of the batch were attempted (sent or not), so an empty claim ends the drain. */
    private int sendBatch(List<OutboxMail> batch) {
        for (OutboxMail mail : batch) {
            send(mail);
        }
        return batch.size();
    }

    private void send(OutboxMail mail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        mail.attempts++;
        try {
            Mail message = mail.html
                    ? Mail.withHtml(mail.recipient, mail.subject, mail.body)
                    : Mail.withText(mail.recipient, mail.subject, mail.body);
            if (mail.attachmentName != null) {
                message.addAttachment(mail.attachmentName, mail.attachmentData, mail.attachmentType);
            }
            mailer.send(message);
            mail.sentAt = OffsetDateTime.now(clock);
            mail.lastError = null;
            sent.increment();
        } catch (RuntimeException e) {
            failed.increment();
            mail.lastError = cut(e.getClass().getSimpleName() + ": " + e.getMessage());
            if (mail.attempts >= config.attempts()) {
                mail.abandonedAt = now;
                abandoned.increment();
                LOG.errorf(
                        "Mail %s to %s given up after %d attempts: %s",
                        mail.id, mail.recipient, mail.attempts, mail.lastError);
            } else {
                mail.nextAttemptAt = now.plus(backoff(mail.attempts));
                LOG.warnf(
                        "Mail %s to %s not sent (attempt %d of %d), next at %s: %s",
                        mail.id, mail.recipient, mail.attempts, config.attempts(), mail.nextAttemptAt, mail.lastError);
            }
        }
    }

    /** {@code retry-after} after the first failure, doubling after each further one, at most {@code retry-max}. */
    Duration backoff(int attempts) {
        Duration wait = config.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    /** Mails neither sent nor given up on. */
    public long unsent() {
        return QuarkusTransaction.requiringNew().call(mails::unsent);
    }

    private static String cut(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
