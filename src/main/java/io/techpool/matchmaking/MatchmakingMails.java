package io.techpool.matchmaking;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import java.time.LocalDate;
import java.util.List;

/**
 * The mails of matchmaking, as templates: {@code templates/MatchmakingMails/*.txt}. Owners are written to in Chinese: an
 * achievement's contact has no language of its own. Investors in the language they made the request in.
 */
@CheckedTemplate(basePath = "MatchmakingMails")
final class MatchmakingMails {

    private MatchmakingMails() {}

    static native MailTemplateInstance newRequest(String title, String from, String id);

    static native MailTemplateInstance requestWaiting(String title, String id, LocalDate since);

    static native MailTemplateInstance requestExpired(String title, String id);

    static native MailTemplateInstance newMessages(String title, String id, List<String> messages);
}
