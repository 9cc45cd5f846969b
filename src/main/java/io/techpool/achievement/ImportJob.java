package io.techpool.achievement;

import io.techpool.platform.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An import running in the background: its state and progress, then its answer. */
@Entity
@Table(name = "achievement_import_job")
class ImportJob {

    @Id
    UUID id;

    String organizationCode;

    String username;

    @Enumerated(EnumType.STRING)
    ImportJobView.State state;

    boolean dryRun;

    int done;

    int total;

    @JdbcTypeCode(SqlTypes.JSON)
    ImportResult result;

    @JdbcTypeCode(SqlTypes.JSON)
    ImportJobView.Refusal problem;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    /** The language of whoever started it: its messages, also one written when its replica died, are in it. */
    @Enumerated(EnumType.STRING)
    Language language;

    // heartbeat_at is not mapped: its default sets it at insert, ImportJobLiveness moves it (database time).

    protected ImportJob() {}

    ImportJob(String organizationCode, String username, boolean dryRun, Language language, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.organizationCode = organizationCode;
        this.username = username;
        this.state = ImportJobView.State.RUNNING;
        this.dryRun = dryRun;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    ImportJobView view() {
        return new ImportJobView(id.toString(), state, dryRun, done, total, result, problem, createdAt, updatedAt);
    }
}
