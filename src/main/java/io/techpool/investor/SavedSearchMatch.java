package io.techpool.investor;

import jakarta.persistence.Column;
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
public class SavedSearchMatch {

    @Embeddable
    public record Key(
            @Column(name = "saved_search_id") UUID savedSearchId,
            @Column(name = "entry_id") UUID entryId) implements Serializable {}

    @EmbeddedId
    Key key;

    @Column(name = "found_at")
    OffsetDateTime foundAt;

    @Column(name = "notified_at")
    OffsetDateTime notifiedAt;

    @Column(name = "seen_at")
    OffsetDateTime seenAt;
}
