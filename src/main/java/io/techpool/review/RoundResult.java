package io.techpool.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A round's stored computation: which rule set, on which inputs, when, and the full answer. */
@Entity
@Table(name = "round_result")
public class RoundResult {

    @Id
    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "rules_id")
    String rulesId;

    @Column(name = "rules_version")
    int rulesVersion;

    @Column(name = "rules_digest")
    String rulesDigest;

    @Column(name = "input_digest")
    String inputDigest;

    @Column(name = "computed_at")
    OffsetDateTime computedAt;

    /** The {@link SelectionAnswer} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    String result;
}
