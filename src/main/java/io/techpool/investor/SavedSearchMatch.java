package io.techpool.investor;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One pool entry found for a saved search: when, whether the investor was told, whether they looked. */
@Entity
@Table(name = "saved_search_match")
class SavedSearchMatch {

    @Embeddable
    public record Key(UUID savedSearchId, UUID entryId) implements Serializable {}

    @EmbeddedId
    Key key;

    OffsetDateTime foundAt;

    OffsetDateTime notifiedAt;

    OffsetDateTime seenAt;
}
