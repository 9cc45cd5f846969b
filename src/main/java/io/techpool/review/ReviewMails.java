package io.techpool.review;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;

/** The mails of reviews, as templates: {@code templates/ReviewMails/*.txt}, in the reviewer's language. */
@CheckedTemplate(basePath = "ReviewMails")
final class ReviewMails {

    private ReviewMails() {}

    static native MailTemplateInstance reminder(String name, String round, int open, String deadline);
}
