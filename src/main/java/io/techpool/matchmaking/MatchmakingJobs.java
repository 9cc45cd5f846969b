package io.techpool.matchmaking;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.techpool.achievement.AchievementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
 * e-mail per burst. Each job takes "now", so tests run it at any time they like.
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
    Mailer mailer;

    @Inject
    Clock clock;

    public record Sweep(int reminded, int expired) {}

    @Scheduled(
            every = "${techpool.matchmaking.check-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        sweep(now);
        mailMessages(now);
    }

    /** Expires requests unanswered for {@code expire-after}, then reminds owners of those unanswered for {@code remind-after}. */
    @Transactional
    public Sweep sweep(OffsetDateTime now) {
        List<MatchRequest> expiring = requests.list(
                "status = ?1 and createdAt <= ?2", MatchStatus.REQUESTED, now.minus(config.expireAfter()));
        for (MatchRequest r : expiring) {
            transitions.persist(new MatchTransition(r.id, r.status, MatchStatus.EXPIRED, Side.SYSTEM, null, now));
            r.status = MatchStatus.EXPIRED;
            if (r.investorEmail == null) {
                LOG.infof("Match request %s expired; the investor has no e-mail address and is not told", r.id);
                continue;
            }
            mailer.send(Mail.withText(
                    r.investorEmail, "【科技成果转化池】对接请求已过期 / Matchmaking request expired: " + r.titleZh, """
                    您好：

                    您对成果「%s」的对接请求（编号 %s）未获答复，已过期。您可以重新提出请求。

                    Your matchmaking request %s on "%s" was not answered and has expired. You may send a new one.
                    """.formatted(
                                    r.titleZh, r.id, r.id, english(r))));
        }
        List<MatchRequest> due = requests.list(
                "status = ?1 and remindedAt is null and createdAt <= ?2",
                MatchStatus.REQUESTED,
                now.minus(config.remindAfter()));
        for (MatchRequest r : due) {
            r.remindedAt = now;
            achievements
                    .contactOf(r.entryId)
                    .ifPresent(contact -> mailer.send(Mail.withText(
                            contact.email(),
                            "【科技成果转化池】对接请求待答复 / Matchmaking request waiting: " + r.titleZh,
                            """
                            您好：

                            成果「%s」的对接请求（编号 %s）自 %s 起尚未答复，请登录科技成果转化池答复。

                            The matchmaking request %s on "%s" has been waiting since %s. Please sign in to TechPool to answer it.
                            """.formatted(
                                            r.titleZh,
                                            r.id,
                                            r.createdAt.toLocalDate(),
                                            r.id,
                                            english(r),
                                            r.createdAt.toLocalDate()))));
        }
        return new Sweep(due.size(), expiring.size());
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
                    mailer.send(Mail.withText(
                            to,
                            "【科技成果转化池】对接新消息 / New matchmaking messages: " + r.titleZh,
                            messagesBody(r, batch.getValue())));
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

    private static String messagesBody(MatchRequest r, List<MatchMessage> batch) {
        StringBuilder text = new StringBuilder()
                .append("对接请求「")
                .append(r.titleZh)
                .append("」（编号 ")
                .append(r.id)
                .append("）有 ")
                .append(batch.size())
                .append(" 条新消息 / ")
                .append(batch.size())
                .append(" new message(s) on match request ")
                .append(r.id)
                .append(":\n\n");
        batch.forEach(m -> text.append("— ").append(m.text).append("\n\n"));
        return text.toString();
    }

    private static String english(MatchRequest r) {
        return r.titleEn == null ? r.titleZh : r.titleEn;
    }
}
