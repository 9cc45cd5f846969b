package io.techpool.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.MailTemplate;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.test.junit.QuarkusTest;
import io.techpool.Fixtures;
import io.techpool.Outbox;
import io.techpool.platform.Language;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailOutboxTest {

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    @Location("MatchmakingMails/requestExpired")
    MailTemplate expired;

    @Test
    void aCommittedMail_isSentOnce_inTheRecipientsLanguage() {
        String to = Fixtures.uniqueName("outbox") + "@example.org";
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.enqueue(
                        expired.data("title", "Cable joint").data("id", "r-1"),
                        to,
                        Language.EN,
                        m -> m.mailRequestExpiredSubject("Cable joint")));

        Outbox.awaitSent();
        sender.sendDue();

        assertThat(mailbox.getMailsSentTo(to)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("[TechPool] Matchmaking request expired: Cable joint");
            assertThat(mail.getText()).contains("Hello,", "r-1").doesNotContain("您好");
        });
    }

    @Test
    void aRolledBackTransaction_sendsNothing() {
        String to = Fixtures.uniqueName("outbox") + "@example.org";
        QuarkusTransaction.begin();
        outbox.enqueue(
                expired.data("title", "电缆接头").data("id", "r-2"),
                to,
                Language.ZH,
                m -> m.mailRequestExpiredSubject("电缆接头"));
        QuarkusTransaction.rollback();

        Outbox.awaitSent();
        sender.sendDue();

        assertThat(mailbox.getMailsSentTo(to)).isNullOrEmpty();
    }

    @Test
    void enqueue_outsideATransaction_isRefused() {
        assertThatThrownBy(() -> outbox.enqueue(
                        expired.data("title", "t").data("id", "r-3"),
                        "nobody@example.org",
                        Language.ZH,
                        m -> m.mailRequestExpiredSubject("t")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void retries_waitLongerEachTime_upToTheLongestWait() {
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(sender.backoff(9)).isEqualTo(Duration.ofHours(1));
        assertThat(sender.backoff(60)).isEqualTo(Duration.ofHours(1));
    }
}
