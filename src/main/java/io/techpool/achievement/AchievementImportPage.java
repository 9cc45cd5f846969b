package io.techpool.achievement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.FormErrors;
import io.techpool.platform.excel.SheetWriter;
import io.techpool.platform.web.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk registration as a page (WEB.md {@code /institution/achievements/import}): the template to download, the
 * upload form (check only, import, or import in the background with progress), and the answer: every error of
 * every row in a table, or the drafts created. The same services as the API; the form posts multipart with the
 * CSRF token.
 */
@Path("/institution/achievements/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.INSTITUTION)
public class AchievementImportPage {

    @CheckedTemplate(basePath = "AchievementImportPage")
    static class Templates {
        static native TemplateInstance form(FieldErrors errors, ImportResult result, String fileName);

        static native TemplateInstance job(ImportJobView job);

        static native TemplateInstance jobStatus(ImportJobView job);
    }

    /** What the form's buttons ask for. */
    enum Mode {
        check,
        create,
        background
    }

    @Inject
    AchievementImport imports;

    @Inject
    ImportJobs jobs;

    @Inject
    AchievementSheets sheets;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @GET
    public TemplateInstance form() {
        return Templates.form(FieldErrors.none(), null, "");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm @DefaultValue("check") String mode) {
        Mode asked = "background".equals(mode) ? Mode.background : "create".equals(mode) ? Mode.create : Mode.check;
        String name = file == null ? "" : file.fileName();
        try {
            if (file == null || file.size() == 0) {
                throw new io.techpool.platform.DomainException.Invalid(
                        "file", io.techpool.platform.Messages::importNoFile);
            }
            AchievementImport.Upload upload = AchievementResource.upload(file);
            if (asked == Mode.background) {
                ImportJobView job = jobs.start(currentUser, upload, false, language.get());
                return Response.seeOther(URI.create("/institution/achievements/import/jobs/" + job.id()))
                        .build();
            }
            ImportResult result = imports.run(currentUser, upload, asked == Mode.check, language.get());
            return Response.status(result.valid() ? 200 : 400)
                    .entity(Templates.form(FieldErrors.none(), result, name))
                    .build();
        } catch (RuntimeException refused) {
            FormErrors errors = FormErrors.of(refused, language.get()).orElseThrow(() -> refused);
            int status = refused instanceof io.techpool.platform.DomainException d ? d.status() : 400;
            return Response.status(status)
                    .entity(Templates.form(FieldErrors.of(errors), null, name))
                    .build();
        }
    }

    /** A background import: its progress, polled by htmx until it ends, then its answer. */
    @GET
    @Path("jobs/{id}")
    public TemplateInstance job(@PathParam("id") String id) {
        return Templates.job(jobs.get(currentUser, id));
    }

    @GET
    @Path("jobs/{id}/status")
    public TemplateInstance jobStatus(@PathParam("id") String id) {
        return Templates.jobStatus(jobs.get(currentUser, id));
    }

    /** The template for the page's users (the API's is for bearer clients). */
    @GET
    @Path("template")
    @Produces({SheetWriter.XLSX, SheetWriter.CSV})
    public Response template(@QueryParam("format") @DefaultValue("xlsx") String format) {
        AchievementSheets.Format f = AchievementSheets.Format.of(format);
        StreamingOutput body = out -> sheets.writeTemplate(out, f);
        return Response.ok(body, f.mediaType())
                .header(
                        "Content-Disposition",
                        SheetWriter.attachment(AchievementSheets.fileName("成果导入模板-achievement-import-template", f)))
                .build();
    }
}
