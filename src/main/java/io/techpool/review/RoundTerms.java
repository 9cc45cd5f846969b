package io.techpool.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a round sets for its reviews: its name, the deadline and the rule set (the scale reviewers
 * score on). Review holds them so that it never reads a round; the round tells it when they change.
 */
@Entity
@Table(name = "review_terms")
class RoundTerms {

    @Id
    UUID roundId;

    String roundName;

    OffsetDateTime reviewDeadline;

    String rulesId;

    int rulesVersion;

    String rulesDigest;

    protected RoundTerms() {}

    RoundTerms(
            UUID roundId, String roundName, OffsetDateTime deadline, String rulesId, int rulesVersion, String digest) {
        this.roundId = roundId;
        change(roundName, deadline, rulesId, rulesVersion, digest);
    }

    void change(String roundName, OffsetDateTime deadline, String rulesId, int rulesVersion, String digest) {
        this.roundName = roundName;
        this.reviewDeadline = deadline;
        this.rulesId = rulesId;
        this.rulesVersion = rulesVersion;
        this.rulesDigest = digest;
    }

    boolean isPastDeadline(OffsetDateTime now) {
        return !now.isBefore(reviewDeadline);
    }
}
