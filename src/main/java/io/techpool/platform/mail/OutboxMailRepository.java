package io.techpool.platform.mail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class OutboxMailRepository implements PanacheRepositoryBase<OutboxMail, UUID> {

    /**
     * Up to {@code limit} due mails no other sender holds, locked until the caller's transaction ends: replicas
     * draining the outbox at once take disjoint rows, and a row being sent is never sent again meanwhile.
     */
    List<OutboxMail> claimDue(OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                        select id from mail_outbox
                        where sent_at is null and abandoned_at is null and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit :limit
                        for update skip locked""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(this::findById).toList();
    }

    /** Mails neither sent nor given up on: what the outbox still owes. */
    long unsent() {
        return count("sentAt is null and abandonedAt is null");
    }
}
