package io.techpool.platform.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An entry of the audit log as operators read it (API, page, export). */
public record AuditRecord(
        String id, OffsetDateTime at, String action, Subject subject, ActorView actor, Map<String, Object> details) {

    /** What was acted on: {@code {type: "round", id: "…"}}. */
    public record Subject(String type, String id) {}

    /** Who acted; every field null for the system (a job). */
    public record ActorView(String subject, String username, List<String> roles, String address) {}

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(
                e.id.toString(),
                e.at,
                e.action,
                new Subject(e.subjectType, e.subjectId),
                new ActorView(
                        e.actorSubject,
                        e.actorUsername,
                        e.actorRoles == null || e.actorRoles.isEmpty()
                                ? List.of()
                                : Arrays.asList(e.actorRoles.split(",")),
                        e.clientAddress),
                e.details == null ? Map.of() : e.details);
    }
}
