package io.techpool.investor;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import java.util.List;

/** The mails of investors, as templates: {@code templates/InvestorMails/*.txt}, in the language of the search. */
@CheckedTemplate(basePath = "InvestorMails")
final class InvestorMails {

    private InvestorMails() {}

    static native MailTemplateInstance savedSearchAlert(String name, List<String> titles);
}
