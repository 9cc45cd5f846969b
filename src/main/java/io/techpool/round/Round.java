package io.techpool.round;

import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A review round (评审批次): registered achievements reviewed and selected together. */
@Entity
@Table(name = "review_round")
public class Round {

    public enum Status {
        OPEN,
        REVIEWING,
        COMPUTED,
        PUBLISHED
    }

    @Id
    UUID id;

    @Version
    long version;

    String name;

    String rulesId;

    int rulesVersion;

    /** The rule set's content when the round was created; see {@code RuleSetDigest}. */
    String rulesDigest;

    OffsetDateTime reviewDeadline;

    @Enumerated(EnumType.STRING)
    Status status;

    /** Reviewer ids that may be assigned; empty means every reviewer with expertise. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> panel;

    OffsetDateTime createdAt;

    OffsetDateTime registrationClosedAt;

    protected Round() {}

    Round(
            String name,
            String rulesId,
            int rulesVersion,
            String rulesDigest,
            OffsetDateTime reviewDeadline,
            List<UUID> panel,
            OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.rulesDigest = rulesDigest;
        this.name = name;
        this.rulesId = rulesId;
        this.rulesVersion = rulesVersion;
        this.reviewDeadline = reviewDeadline;
        this.panel = List.copyOf(panel);
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    /** 409 unless the round is in one of {@code allowed}, naming both states. */
    /** {@code action} is what was asked, as the message says it ("… cannot be published"). */
    void requireStatus(Set<Status> allowed, Text action) {
        Status current = status;
        if (!allowed.contains(current)) {
            throw new DomainException.Conflict(m -> m.roundWrongStatus(current, action.in(m), allowed));
        }
    }

    boolean isPastDeadline(OffsetDateTime now) {
        return !now.isBefore(reviewDeadline);
    }

    /** A blank name keeps the old one; the deadline may be extended or brought forward. */
    void edit(String newName, OffsetDateTime newDeadline) {
        requireStatus(Set.of(Status.OPEN, Status.REVIEWING), Messages::roundActionChange);
        if (newName != null && !newName.isBlank()) {
            this.name = newName;
        }
        if (newDeadline != null) {
            this.reviewDeadline = newDeadline;
        }
    }

    void closeRegistration(OffsetDateTime now) {
        this.status = Status.REVIEWING;
        this.registrationClosedAt = now;
    }

    void computed() {
        requireStatus(Set.of(Status.REVIEWING, Status.COMPUTED), Messages::roundActionCompute);
        this.status = Status.COMPUTED;
    }

    /** Once: a second publication is refused with 409. */
    void publish() {
        requireStatus(Set.of(Status.COMPUTED), Messages::roundActionPublish);
        this.status = Status.PUBLISHED;
    }
}
