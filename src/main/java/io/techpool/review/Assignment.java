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

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "achievement_id")
    UUID achievementId;

    @Column(name = "reviewer_id")
    UUID reviewerId;

    @Enumerated(EnumType.STRING)
    Status status;

    /** How well the reviewer's expertise fits (a constant of the assignment package's ExpertiseTier). */
    @Column(name = "match")
    String tier;

    @Column(name = "market_potential")
    BigDecimal marketPotential;

    @Column(name = "economic_value")
    BigDecimal economicValue;

    @Column(name = "technical_content")
    BigDecimal technicalContent;

    String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    DeclineReason declineReason;

    @Column(name = "decline_note")
    String declineNote;

    @Column(name = "assigned_at")
    OffsetDateTime assignedAt;

    @Column(name = "saved_at")
    OffsetDateTime savedAt;

    @Column(name = "submitted_at")
    OffsetDateTime submittedAt;

    @Column(name = "declined_at")
    OffsetDateTime declinedAt;

    @Column(name = "reminded_at")
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
