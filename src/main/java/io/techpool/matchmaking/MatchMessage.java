package io.techpool.matchmaking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message of a request's thread, stored as plain text; the other side is mailed about it in a batch. */
@Entity
@Table(name = "match_message")
class MatchMessage {

    @Id
    UUID id;

    UUID requestId;

    @Enumerated(EnumType.STRING)
    Side side;

    String sender;

    String text;

    OffsetDateTime sentAt;

    OffsetDateTime notifiedAt;

    protected MatchMessage() {}

    MatchMessage(UUID requestId, Side side, String sender, String text, OffsetDateTime sentAt) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.side = side;
        this.sender = sender;
        this.text = text;
        this.sentAt = sentAt;
    }
}
