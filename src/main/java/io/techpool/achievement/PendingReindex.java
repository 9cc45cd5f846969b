package io.techpool.achievement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A concluded round whose achievements the search index has not been told of yet. */
@Entity
@Table(name = "achievement_reindex")
class PendingReindex {

    @Id
    UUID roundId;

    OffsetDateTime queuedAt;

    protected PendingReindex() {}

    PendingReindex(UUID roundId, OffsetDateTime queuedAt) {
        this.roundId = roundId;
        this.queuedAt = queuedAt;
    }

    /** Fired when a round was concluded; observed after the commit. */
    record Queued(UUID roundId) {}
}
