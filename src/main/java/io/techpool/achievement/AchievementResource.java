package io.techpool.achievement;

import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.platform.ApiDocument;
import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.excel.SheetWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
public class AchievementResource {

    @Inject
    io.techpool.platform.audit.AuditLog audit;

    @Inject
    AchievementService achievements;

    @Inject
    CurrentUser currentUser;

    @Inject
    AchievementImport imports;

    @Inject
    AchievementSheets sheets;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentLanguage language;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.INSTITUTION)
    @APIResponse(
            responseCode = "201",
            description = "Created: the draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AchievementView.class)))
    public Response create(@NotNull @Valid AchievementInput body) {
        AchievementView view = achievements.create(currentUser, body);
        return Response.created(URI.create("/api/v1/achievements/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
    @Extension(name = ApiDocument.PROBLEMS, value = "503")
    public Page<AchievementView> list(
            @QueryParam("status") Status status,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return achievements.list(currentUser, status, q, page, size);
    }

    /**
     * Bulk registration from an {@code .xlsx} or {@code .csv} in the template's columns (README "Excel import and
     * export"): 200 with the drafts created, or, when any row is wrong, 400 listing every error as
     * {@code {row, column, header, field, message}} and nothing created. {@code dryRun} only checks.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CurrentUser.INSTITUTION)
    @Operation(summary = "Register achievements from an .xlsx or .csv file")
    @APIResponse(
            responseCode = "200",
            description = "Every row valid: the drafts created (none on a dry run)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(
            responseCode = "202",
            description = "async=true: the import runs in the background; poll the job at Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Response importFile(
            @RestForm("file") FileUpload file,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("async") boolean async) {
        if (file == null) {
            throw new DomainException.Invalid("file", Messages::importNoFile);
        }
        if (async) {
            ImportJobView job = jobs.start(currentUser, upload(file), dryRun, language.get());
            return Response.accepted(job)
                    .location(URI.create("/api/v1/achievements/import/jobs/" + job.id()))
                    .build();
        }
        ImportResult result = imports.run(currentUser, upload(file), dryRun, language.get());
        if (result.valid() && !dryRun) {
            audit.record(
                    "achievement.import",
                    "organization",
                    currentUser.org().orElse(""),
                    Map.of("rows", result.created().size()));
        }
        return result.valid() ? Response.ok(result).build() : ImportRefusal.response(result, language, uri);
    }

    /**
     * An import started with {@code async=true}: {@code state} (RUNNING, SUCCEEDED, REJECTED, FAILED),
     * {@code done} of {@code total} rows checked, then {@code result} (created drafts or every error) or
     * {@code problem} (the whole file refused, or 503 when the replica running the job stopped: nothing created).
     * Never RUNNING for good. For the organization's institution users.
     */
    @GET
    @Path("import/jobs/{jobId}")
    @RolesAllowed(CurrentUser.INSTITUTION)
    @Operation(summary = "The state and progress of a background import")
    public ImportJobView importJob(@PathParam("jobId") String jobId) {
        return jobs.get(currentUser, jobId);
    }

    static AchievementImport.Upload upload(FileUpload file) {
        return new AchievementImport.Upload(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
    }

    /** The import template: two header rows (Chinese, English), drop-down lists, an example and instructions. */
    @GET
    @Path("import/template")
    @Produces({SheetWriter.XLSX, SheetWriter.CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
    @Operation(summary = "The import template (.xlsx or .csv)")
    public Response template(
            @QueryParam("format")
                    @DefaultValue("xlsx")
                    @Pattern(regexp = "(?i)xlsx|csv", message = "{exportUnknownFormat}")
                    String format) {
        AchievementSheets.Format f = AchievementSheets.Format.of(format);
        StreamingOutput body = out -> sheets.writeTemplate(out, f);
        return Response.ok(body, f.mediaType())
                .header(
                        "Content-Disposition",
                        SheetWriter.attachment(AchievementSheets.fileName("成果导入模板-achievement-import-template", f)))
                .build();
    }

    /**
     * The caller's achievements (institution: its organization's, operator: all) in the template's columns plus
     * the read-only ones (ID, status, registration number), headers and labels in the caller's language; the
     * file imports back. Streams: rows are read and written slice by slice.
     */
    @GET
    @Path("export")
    @Produces({SheetWriter.XLSX, SheetWriter.CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
    @Operation(summary = "Export achievements (.xlsx or .csv)")
    public Response export(
            @QueryParam("format")
                    @DefaultValue("xlsx")
                    @Pattern(regexp = "(?i)xlsx|csv", message = "{exportUnknownFormat}")
                    String format,
            @QueryParam("status") Status status) {
        return sheets.download(currentUser, AchievementSheets.Format.of(format), status, language.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR, CurrentUser.REVIEWER})
    public AchievementView get(@PathParam("id") String id) {
        return achievements.get(currentUser, id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public AchievementView replace(@PathParam("id") String id, @NotNull @Valid AchievementInput body) {
        return achievements.replace(currentUser, id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.INSTITUTION)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        achievements.delete(currentUser, id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public AchievementView submit(@PathParam("id") String id) {
        return achievements.submit(currentUser, id);
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed(CurrentUser.INSTITUTION)
    @APIResponse(
            responseCode = "201",
            description = "Created: the new draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AchievementView.class)))
    public Response revise(@PathParam("id") String id) {
        AchievementView draft = achievements.revise(currentUser, id);
        return Response.created(URI.create("/api/v1/achievements/" + draft.id()))
                .entity(draft)
                .build();
    }

    /** What a revision changed against the achievement it revises, field by field. */
    @GET
    @Path("{id}/changes")
    @RolesAllowed({CurrentUser.INSTITUTION, CurrentUser.OPERATOR})
    public List<AchievementChanges.Change> changes(@PathParam("id") String id) {
        return achievements.changes(currentUser, id);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(CurrentUser.INSTITUTION)
    public AchievementView withdraw(@PathParam("id") String id) {
        return achievements.withdraw(currentUser, id);
    }

    /** The key industry chains an operator says the achievement serves, replacing its tags. */
    public record ChainTagsInput(@NotNull @Size(max = 50) List<@NotNull @Size(max = 40) String> chains) {}

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/chains")
    @RolesAllowed(CurrentUser.OPERATOR)
    @Operation(summary = "Set the key industry chains an achievement serves (kept through chain file changes)")
    public AchievementView setChains(@PathParam("id") String id, @NotNull @Valid ChainTagsInput body) {
        return achievements.setChains(id, body.chains());
    }

    @DELETE
    @Path("{id}/chains")
    @RolesAllowed(CurrentUser.OPERATOR)
    @Operation(summary = "Hand an achievement's chain tags back to the automatic tagging")
    public AchievementView resetChains(@PathParam("id") String id) {
        return achievements.resetChains(id);
    }
}
