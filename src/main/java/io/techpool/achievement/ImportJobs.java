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
 * replica that received the file; a replica that stops mid-import leaves its job RUNNING (its
 * {@code updatedAt} stops moving).
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
        ImportJob job = new ImportJob(organization, user.username(), dryRun, now());
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        UUID id = job.id;
        executor.runAsync(() -> run(id, organization, kept, dryRun, language));
        return job.view();
    }

    /** A job for an institution user of the organization that started it; 404 for anyone else. */
    public ImportJobView get(CurrentUser user, String id) {
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
            ImportResult result = imports.create(organization, checked, dryRun);
            LOG.infof(
                    "Import job %s: %d rows checked in %d ms, %d drafts created in %d ms",
                    id,
                    checked.inputs().size(),
                    (checkedAt - started) / 1_000_000,
                    result.created().size(),
                    (System.nanoTime() - checkedAt) / 1_000_000);
            update(id, job -> {
                job.result = result;
                job.state = result.valid() ? ImportJobView.State.SUCCEEDED : ImportJobView.State.REJECTED;
            });
        } catch (DomainException refused) {
            String detail = refused instanceof DomainException.Invalid invalid
                    ? String.join(" ", invalid.messages(language))
                    : refused.message(language);
            update(id, job -> fail(job, refused.status(), detail));
        } catch (RuntimeException e) {
            LOG.error("Import job " + id + " failed", e);
            update(id, job -> fail(job, 500, language.messages().internalError()));
        } finally {
            request.terminate();
            delete(upload.file());
        }
    }

    private static void fail(ImportJob job, int status, String detail) {
        job.state = ImportJobView.State.FAILED;
        job.problem = new ImportJobView.Refusal(status, detail);
    }

    private void update(UUID id, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(id);
            change.accept(job);
            job.updatedAt = now();
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
