package io.techpool.achievement;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Language;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Imports in the background, for files large enough that a client wants progress: the upload is kept in a file
 * of its own, the job's state and {@code done/total} are written to the database as the rows are checked (so
 * any replica answers the job resource), and its answer is stored when it ends. The work itself runs on the
 * replica that received the file. All or nothing, also when that replica dies: the drafts are created in the same
 * transaction that writes the job's final state, under the job's row lock, and only while the job is still
 * RUNNING; a job whose replica died is ended FAILED ({@link ImportJobLiveness}) and then cannot commit drafts.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** Rows checked between two progress writes. */
    private static final int PROGRESS_EVERY = 250;

    @Inject
    AchievementImport imports;

    @Inject
    AchievementService achievements;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportJobLiveness liveness;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    ImportConfig config;

    @Inject
    Clock clock;

    /** Its own threads, with no context of the request that started the job (that request ends first). */
    private final ManagedExecutor executor = ManagedExecutor.builder()
            .maxAsync(2)
            .propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING)
            .build();

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Starts an import of the caller's organization; answers the job as it stands (RUNNING, 0 of 0). */
    public ImportJobView start(CurrentUser user, AchievementImport.Upload upload, boolean dryRun, Language language) {
        String organization = achievements.registeringOrganization(user);
        imports.precheck(upload);
        AchievementImport.Upload kept = keep(upload);
        ImportJob job = new ImportJob(organization, user.username(), dryRun, language, now());
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        UUID id = job.id;
        liveness.started(id);
        try {
            executor.runAsync(() -> run(id, organization, kept, dryRun, language));
        } catch (RuntimeException e) {
            liveness.ended(id); // not accepted (the replica is stopping): the job ends FAILED once seen abandoned
            throw e;
        }
        return job.view();
    }

    /** A job for an institution user of the organization that started it; 404 for anyone else. */
    public ImportJobView get(CurrentUser user, String id) {
        // A job whose replica died is ended here, before it is read, if the sweep has not ended it yet.
        Ids.uuid(id).ifPresent(liveness::failAbandoned);
        ImportJob job = Ids.uuid(id).map(jobs::findById).orElse(null);
        if (job == null
                || !user.is(CurrentUser.INSTITUTION)
                || !job.organizationCode.equals(user.org().orElse(null))) {
            throw new DomainException.NotFound(m -> m.importJobNotFound(id));
        }
        return job.view();
    }

    private void run(UUID id, String organization, AchievementImport.Upload upload, boolean dryRun, Language language) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            currentLanguage.use(language);
            long started = System.nanoTime();
            AchievementImport.Checked checked = imports.check(upload, language, config.maxJobRows(), (done, total) -> {
                if (done % PROGRESS_EVERY == 0 || done == total) {
                    update(id, job -> {
                        job.done = done;
                        job.total = total;
                    });
                }
            });
            long checkedAt = System.nanoTime();
            ImportResult result = finish(id, organization, checked, dryRun);
            if (result == null) {
                LOG.warnf("Import job %s was ended meanwhile (taken for abandoned); nothing created", id);
                return;
            }
            LOG.infof(
                    "Import job %s: %d rows checked in %d ms, %d drafts created in %d ms",
                    id,
                    checked.inputs().size(),
                    (checkedAt - started) / 1_000_000,
                    result.created().size(),
                    (System.nanoTime() - checkedAt) / 1_000_000);
        } catch (DomainException refused) {
            String detail = refused instanceof DomainException.Invalid invalid
                    ? String.join(" ", invalid.messages(language))
                    : refused.message(language);
            update(id, job -> fail(job, refused.status(), detail));
        } catch (RuntimeException e) {
            LOG.error("Import job " + id + " failed", e);
            update(id, job -> fail(job, 500, language.messages().internalError()));
        } finally {
            liveness.ended(id);
            request.terminate();
            delete(upload.file());
        }
    }

    /**
     * Creates the drafts and writes the job's answer in one transaction, holding the job's row: either both commit
     * or neither (a crash in between leaves no draft and a RUNNING job, which is then ended FAILED). Answers null,
     * creating nothing, when the job is no longer RUNNING: taken for abandoned and ended FAILED, which its client
     * may already have been told.
     */
    private ImportResult finish(UUID id, String organization, AchievementImport.Checked checked, boolean dryRun) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (jobs.findById(id, LockModeType.PESSIMISTIC_WRITE).state != ImportJobView.State.RUNNING) {
                return null;
            }
            ImportResult result = imports.create(organization, checked, dryRun);
            ImportJob job = jobs.findById(id); // read again: creating many drafts clears the session
            job.result = result;
            job.state = result.valid() ? ImportJobView.State.SUCCEEDED : ImportJobView.State.REJECTED;
            job.updatedAt = now();
            return result;
        });
    }

    private static void fail(ImportJob job, int status, String detail) {
        job.state = ImportJobView.State.FAILED;
        job.problem = new ImportJobView.Refusal(status, detail);
    }

    /** Changes the job if it is still RUNNING, under its row lock: never over the FAILED of an abandoned job. */
    private void update(UUID id, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (job.state == ImportJobView.State.RUNNING) {
                change.accept(job);
                job.updatedAt = now();
            }
        });
    }

    /** The request's upload is deleted when the request ends; the job reads a copy of its own. */
    private static AchievementImport.Upload keep(AchievementImport.Upload upload) {
        try {
            Path copy = Files.createTempFile("techpool-import-", ".upload");
            Files.copy(upload.file(), copy, StandardCopyOption.REPLACE_EXISTING);
            return new AchievementImport.Upload(copy, upload.fileName(), upload.contentType(), upload.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete " + file, e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
