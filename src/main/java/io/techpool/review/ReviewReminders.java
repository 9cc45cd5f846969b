package io.techpool.review;

import io.quarkus.scheduler.Scheduled;
import io.techpool.platform.jobs.JobLeases;
import io.techpool.platform.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reminds reviewers of open assignments when a round's deadline is near: one e-mail per reviewer
 * and round, listing all their open reviews, and never a second one for the same assignment. Scheduled, it runs
 * on one replica at a time (the lease "review-reminders"); its mails go out after its commit (the outbox).
 */
@ApplicationScoped
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class);

    @Inject
    RoundTermsRepository terms;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReviewerRepository reviewers;

    @Inject
    ReviewConfig config;

    @Inject
    MailOutbox mail;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${techpool.review.reminder-check-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        leases.runExclusively("review-reminders", Duration.ofMinutes(10), this::sendDue);
    }

    /** Sends what is due now; answers how many e-mails went out. */
    @Transactional
    public int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Open assignments exist only while a round is reviewing, so the deadline alone says which are due.
        List<RoundTerms> due =
                terms.list("reviewDeadline > ?1 and reviewDeadline <= ?2", now, now.plus(config.reminderLead()));
        int sent = 0;
        for (RoundTerms round : due) {
            Map<UUID, List<Assignment>> openByReviewer = assignments
                    .list("roundId = ?1 and status = ?2 and remindedAt is null", round.roundId, Assignment.Status.OPEN)
                    .stream()
                    .collect(Collectors.groupingBy(a -> a.reviewerId));
            for (var entry : openByReviewer.entrySet()) {
                Reviewer reviewer = reviewers.findById(entry.getKey());
                if (reviewer.email == null) {
                    LOG.warnf("Reviewer %s has no e-mail address; not reminded", reviewer.username);
                    continue;
                }
                String deadline = round.reviewDeadline.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                mail.enqueue(
                        ReviewMails.reminder(
                                reviewer.name, round.roundName, entry.getValue().size(), deadline),
                        reviewer.email,
                        reviewer.language,
                        m -> m.mailReviewReminderSubject(round.roundName));
                entry.getValue().forEach(a -> a.remindedAt = now);
                sent++;
            }
        }
        return sent;
    }
}
