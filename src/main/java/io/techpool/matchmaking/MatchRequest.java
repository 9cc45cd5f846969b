package io.techpool.matchmaking;

import io.techpool.platform.Bilingual;
import io.techpool.platform.Language;
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
class MatchRequest {

    @Id
    UUID id;

    UUID entryId;

    String ownerOrg;

    String section;

    UUID roundId;

    String titleZh;

    String titleEn;

    /** The investor's token {@code sub}: whose request this is. Null on requests made before V018. */
    String investorSubject;

    /** The investor's user name, for display (and the owner of a request from before V018). */
    String investorUsername;

    String investorOrg;

    String investorName;

    String investorEmail;

    /** The language of the request, the one the investor's mail about it speaks. */
    @Enumerated(EnumType.STRING)
    Language investorLanguage;

    String message;

    @Enumerated(EnumType.STRING)
    MatchSource source;

    /** The promotion event the request was started from (source EVENT): an id matchmaking keeps, not follows. */
    UUID sourceEventId;

    String transferMode;

    BigDecimal budgetMin;

    BigDecimal budgetMax;

    @Enumerated(EnumType.STRING)
    MatchStatus status;

    String declineReason;

    BigDecimal dealValue;

    String dealTransferMode;

    OffsetDateTime createdAt;

    OffsetDateTime acceptedAt;

    OffsetDateTime remindedAt;

    /** When the owner organization last opened the request; null means it is new to them. */
    OffsetDateTime ownerSeenAt;

    /** When the investor last opened the request: what the team did after it is unread to them. */
    OffsetDateTime investorReadAt;

    OffsetDateTime ownerMailedAt;

    OffsetDateTime investorMailedAt;

    @Version
    long version;

    protected MatchRequest() {}

    MatchRequest(UUID entryId, String investorSubject, String investorUsername, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.investorSubject = investorSubject;
        this.investorUsername = investorUsername;
        this.status = MatchStatus.REQUESTED;
        this.source = MatchSource.OTHER;
        this.createdAt = now;
    }

    boolean revealed() {
        return MatchStatus.REVEALED.contains(status);
    }

    Bilingual title() {
        return new Bilingual(titleZh, titleEn);
    }

    /** Whether the caller made this request: by subject, or by user name for a request from before V018. */
    boolean isMadeBy(String subject, String username) {
        return investorSubject != null ? investorSubject.equals(subject) : investorUsername.equals(username);
    }

    /** The JPQL condition for {@link #isMadeBy}, with parameters {@code :subject} and {@code :username}. */
    static final String MADE_BY =
            "(investorSubject = :subject or (investorSubject is null and investorUsername = :username))";
}
