package io.techpool;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.techpool.platform.mail.MailSender;
import java.time.Duration;

/**
 * Mail leaves after the commit, off the request's thread (the outbox): a test that reads the mock mailbox first
 * waits until every mail committed so far has been handed to it.
 */
public final class Outbox {

    private Outbox() {}

    public static void awaitSent() {
        MailSender sender = Arc.container().instance(MailSender.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> sender.unsent() == 0);
    }
}
