package io.techpool.review;

import io.techpool.platform.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An expert reviewer's profile (评审专家): expertise and declared conflicts. */
@Entity
@Table(name = "reviewer")
public class Reviewer {

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

    /**
     * The language of the reviewer's own last profile request, the one their reminders speak; Chinese for an
     * expert an operator registered who has not signed in yet.
     */
    @Enumerated(EnumType.STRING)
    Language language = Language.ZH;

    String organizationCode;

    /** GB/T 4754 division codes. */
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> expertise;

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> conflictOrganizations;

    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> conflictAchievements;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    protected Reviewer() {}

    Reviewer(String username, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.expertise = List.of();
        this.conflictOrganizations = List.of();
        this.conflictAchievements = List.of();
        this.createdAt = now;
        this.updatedAt = now;
    }
}
