package io.techpool.matchmaking;

import io.techpool.platform.Bilingual;
import io.techpool.platform.Language;
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

/**
 * An investor's request to meet the team of a pool entry. The investor's contact is taken from the
 * token when the request is made and shown to the owner only once the request is accepted.
 */
@Entity
@Table(name = "match_request")
public class MatchRequest {

    @Id
    UUID id;

    @Column(name = "entry_id")
    UUID entryId;

    @Column(name = "owner_org")
    String ownerOrg;

    String section;

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "title_zh")
    String titleZh;

    @Column(name = "title_en")
    String titleEn;

    @Column(name = "investor_username")
    String investorUsername;

    @Column(name = "investor_org")
    String investorOrg;

    @Column(name = "investor_name")
    String investorName;

    @Column(name = "investor_email")
    String investorEmail;

    /** The language of the request, the one the investor's mail about it speaks. */
    @Enumerated(EnumType.STRING)
    @Column(name = "investor_language")
    Language investorLanguage;

    String message;

    @Column(name = "transfer_mode")
    String transferMode;

    @Column(name = "budget_min")
    BigDecimal budgetMin;

    @Column(name = "budget_max")
    BigDecimal budgetMax;

    @Enumerated(EnumType.STRING)
    MatchStatus status;

    @Column(name = "decline_reason")
    String declineReason;

    @Column(name = "deal_value")
    BigDecimal dealValue;

    @Column(name = "deal_transfer_mode")
    String dealTransferMode;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "accepted_at")
    OffsetDateTime acceptedAt;

    @Column(name = "reminded_at")
    OffsetDateTime remindedAt;

    /** When the owner organization last opened the request; null means it is new to them. */
    @Column(name = "owner_seen_at")
    OffsetDateTime ownerSeenAt;

    @Column(name = "owner_mailed_at")
    OffsetDateTime ownerMailedAt;

    @Column(name = "investor_mailed_at")
    OffsetDateTime investorMailedAt;

    @Version
    long version;

    protected MatchRequest() {}

    MatchRequest(UUID entryId, String investorUsername, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.investorUsername = investorUsername;
        this.status = MatchStatus.REQUESTED;
        this.createdAt = now;
    }

    boolean revealed() {
        return MatchStatus.REVEALED.contains(status);
    }

    Bilingual title() {
        return new Bilingual(titleZh, titleEn);
    }
}
