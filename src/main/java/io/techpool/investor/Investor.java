package io.techpool.investor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An investor's profile (投资方): industries of interest, TRL range, ticket size, transfer modes. */
@Entity
@Table(name = "investor")
class Investor {

    @Id
    UUID id;

    @Version
    long version;

    /** The token's {@code sub}: whose profile this is. Null until the first sign-in claims the row (V018). */
    String subject;

    /** The token's {@code preferred_username}, for display (cut to the column). */
    String username;

    String name;

    String email;

    String organizationCode;

    /** GB/T 4754 section letters and division codes. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> industries;

    int trlMin;

    int trlMax;

    /** CNY; null when the investor has not said. */
    BigDecimal ticketMin;

    BigDecimal ticketMax;

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> transferModes;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    protected Investor() {}

    /** A new profile that is open to every industry and TRL until the investor narrows it. */
    Investor(String subject, String username, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.username = username;
        this.industries = List.of();
        this.trlMin = 1;
        this.trlMax = 9;
        this.transferModes = List.of();
        this.createdAt = now;
        this.updatedAt = now;
    }
}
