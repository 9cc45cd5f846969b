package io.techpool.round;

import io.techpool.platform.DomainException;
import jakarta.persistence.Column;
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

    @Column(name = "rules_id")
    String rulesId;

    @Column(name = "rules_version")
    int rulesVersion;

    /** The rule set's content when the round was created; see {@code RuleSetDigest}. */
    @Column(name = "rules_digest")
    String rulesDigest;

    @Column(name = "review_deadline")
    OffsetDateTime reviewDeadline;

    @Enumerated(EnumType.STRING)
    Status status;

    /** Reviewer ids that may be assigned; empty means every reviewer with expertise. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> panel;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "registration_closed_at")
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
    void requireStatus(Set<Status> allowed, String verbZh, String verbEn) {
        if (!allowed.contains(status)) {
            throw new DomainException.Conflict(
                    "评审批次状态为 " + status + "，不能" + verbZh + "（需要 " + allowed + "）。",
                    "The round is " + status + " and cannot be " + verbEn + " (needs " + allowed + ").");
        }
    }

    boolean isPastDeadline(OffsetDateTime now) {
        return !now.isBefore(reviewDeadline);
    }

    /** A blank name keeps the old one; the deadline may be extended or brought forward. */
    void edit(String newName, OffsetDateTime newDeadline) {
        requireStatus(Set.of(Status.OPEN, Status.REVIEWING), "修改", "changed");
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
        requireStatus(Set.of(Status.REVIEWING, Status.COMPUTED), "计算", "computed");
        this.status = Status.COMPUTED;
    }

    /** Once: a second publication is refused with 409. */
    void publish() {
        requireStatus(Set.of(Status.COMPUTED), "发布", "published");
        this.status = Status.PUBLISHED;
    }
}
