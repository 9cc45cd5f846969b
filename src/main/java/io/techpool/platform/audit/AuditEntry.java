package io.techpool.platform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the audit log; written once, never changed (the database refuses it, see V021). */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry {

    @Id
    UUID id;

    OffsetDateTime at;

    String action;

    String subjectType;

    String subjectId;

    String actorSubject;

    String actorUsername;

    String actorRoles;

    String clientAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> details;

    /** Set by {@link AuditLog#recordOnce} only. */
    String onceKey;

    protected AuditEntry() {}

    AuditEntry(
            OffsetDateTime at,
            String action,
            String subjectType,
            String subjectId,
            Actor actor,
            Map<String, ?> details) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.actorSubject = actor.subject();
        this.actorUsername = actor.username();
        this.actorRoles = actor.roles();
        this.clientAddress = actor.address();
        this.details = details == null || details.isEmpty() ? null : new java.util.LinkedHashMap<>(details);
    }
}
