package io.techpool.matchmaking;

import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.techpool.achievement.AchievementService;
import io.techpool.platform.Language;
import io.techpool.platform.jobs.JobLeases;
import io.techpool.platform.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The time-driven side of matchmaking: reminds owners of unanswered requests once, expires those
 * left unanswered too long (telling the investor), and mails each party about new messages in one
 * e-mail per burst. Each job takes "now", so tests run it at any time they like. Scheduled, they run on one
 * replica at a time (the lease "matchmaking"); their mails go out after their commit (the outbox).
 */
@ApplicationScoped
public class MatchmakingJobs {

    private static final Logger LOG = Logger.getLogger(MatchmakingJobs.class);

    @Inject
    MatchRepositories.Requests requests;

    @Inject
    MatchRepositories.Transitions transitions;

    @Inject
    MatchRepositories.Messages messages;

    @Inject
    AchievementService achievements;

    @Inject
    MatchmakingConfig config;

    @Inject
    MailOutbox mail;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    public record Sweep(int reminded, int expired) {}

    @Scheduled(
            every = "${techpool.matchmaking.check-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        leases.runExclusively("matchmaking", JOB_LEASE, () -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            sweep(now);
            mailMessages(now);
        });
    }

    /** Longest a run may take before another replica may start one. */
    private static final Duration JOB_LEASE = Duration.ofMinutes(10);

    /** Expires requests unanswered for {@code expire-after}, then reminds owners of those unanswered for {@code remind-after}. */
    @Transactional
    public Sweep sweep(OffsetDateTime now) {
        // Claimed, not just read: a request its owner is answering right now is skipped (the answer wins), and
        // an answer arriving meanwhile waits for this transaction and then finds the request expired.
        List<MatchRequest> expiring = requests.claimUnanswered(now.minus(config.expireAfter()));
        for (MatchRequest r : expiring) {
            transitions.persist(new MatchTransition(r.id, r.status, MatchStatus.EXPIRED, Side.SYSTEM, null, now));
            r.status = MatchStatus.EXPIRED;
            if (r.investorEmail == null) {
                LOG.infof("Match request %s expired; the investor has no e-mail address and is not told", r.id);
                continue;
            }
            String title = r.title().pick(r.investorLanguage);
            mail.enqueue(
                    MatchmakingMails.requestExpired(title, r.id.toString()),
                    r.investorEmail,
                    r.investorLanguage,
                    m -> m.mailRequestExpiredSubject(title));
        }
        List<MatchRequest> due = requests.claimUnreminded(now.minus(config.remindAfter()));
        int reminded = 0;
        for (MatchRequest r : due) {
            if (r.status != MatchStatus.REQUESTED) {
                continue; // expired just above
            }
            reminded++;
            r.remindedAt = now;
            String title = r.title().pick(Language.ZH); // owners: see MatchmakingMails
            achievements
                    .contactOf(r.entryId)
                    .ifPresent(contact -> mail.enqueue(
                            MatchmakingMails.requestWaiting(title, r.id.toString(), r.createdAt.toLocalDate()),
                            contact.email(),
                            Language.ZH,
                            m -> m.mailRequestWaitingSubject(title)));
        }
        return new Sweep(reminded, expiring.size());
    }

    /**
     * One e-mail per request and recipient for all messages not yet notified, unless that recipient
     * was mailed about this request less than {@code message-mail-every} ago (then the messages wait
     * for a later run). Answers how many e-mails went out.
     */
    @Transactional
    public int mailMessages(OffsetDateTime now) {
        Map<UUID, List<MatchMessage>> pending =
                messages.list("notifiedAt is null", Sort.by("sentAt").and("id")).stream()
                        .collect(Collectors.groupingBy(m -> m.requestId, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (var entry : pending.entrySet()) {
            MatchRequest r = requests.findById(entry.getKey());
            Map<Side, List<MatchMessage>> bySender =
                    entry.getValue().stream().collect(Collectors.groupingBy(m -> m.side));
            for (var batch : bySender.entrySet()) {
                boolean toOwner = batch.getKey() == Side.INVESTOR;
                OffsetDateTime last = toOwner ? r.ownerMailedAt : r.investorMailedAt;
                if (last != null && last.plus(config.messageMailEvery()).isAfter(now)) {
                    continue;
                }
                String to = toOwner
                        ? achievements.contactOf(r.entryId).map(c -> c.email()).orElse(null)
                        : r.investorEmail;
                if (to != null) {
                    Language language = toOwner ? Language.ZH : r.investorLanguage;
                    String title = r.title().pick(language);
                    List<String> texts =
                            batch.getValue().stream().map(m -> m.text).toList();
                    mail.enqueue(
                            MatchmakingMails.newMessages(title, r.id.toString(), texts),
                            to,
                            language,
                            m -> m.mailNewMessagesSubject(title));
                    sent++;
                }
                batch.getValue().forEach(m -> m.notifiedAt = now);
                if (toOwner) {
                    r.ownerMailedAt = now;
                } else {
                    r.investorMailedAt = now;
                }
            }
        }
        return sent;
    }
}
