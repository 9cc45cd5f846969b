package io.techpool.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One reviewer asked to score one achievement of a round (评审任务), with the review it yields. */
@Entity
@Table(name = "assignment")
public class Assignment {

    public enum Status {
        OPEN,
        SUBMITTED,
        DECLINED
    }

    public enum DeclineReason {
        CONFLICT_OF_INTEREST,
        UNAVAILABLE,
        OUT_OF_EXPERTISE
    }

    @Id
    UUID id;

    @Version
    long version;

    UUID roundId;

    UUID achievementId;

    UUID reviewerId;

    @Enumerated(EnumType.STRING)
    Status status;

    /** How well the reviewer's expertise fits (a constant of the assignment package's ExpertiseTier). */
    @Column(name = "match")
    String tier;

    BigDecimal marketPotential;

    BigDecimal economicValue;

    BigDecimal technicalContent;

    String comment;

    @Enumerated(EnumType.STRING)
    DeclineReason declineReason;

    String declineNote;

    OffsetDateTime assignedAt;

    OffsetDateTime savedAt;

    OffsetDateTime submittedAt;

    OffsetDateTime declinedAt;

    OffsetDateTime remindedAt;

    protected Assignment() {}

    Assignment(UUID roundId, UUID achievementId, UUID reviewerId, String tier, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.achievementId = achievementId;
        this.reviewerId = reviewerId;
        this.tier = tier;
        this.status = Status.OPEN;
        this.assignedAt = now;
    }

    void save(
            BigDecimal marketPotential,
            BigDecimal economicValue,
            BigDecimal technicalContent,
            String comment,
            OffsetDateTime now) {
        this.marketPotential = marketPotential;
        this.economicValue = economicValue;
        this.technicalContent = technicalContent;
        this.comment = comment;
        this.savedAt = now;
    }

    void submit(OffsetDateTime now) {
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
    }

    void decline(DeclineReason reason, String note, OffsetDateTime now) {
        this.status = Status.DECLINED;
        this.declineReason = reason;
        this.declineNote = note;
        this.declinedAt = now;
    }

    boolean isComplete() {
        return marketPotential != null && economicValue != null && technicalContent != null;
    }
}
