package io.techpool.round;

import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import io.techpool.platform.excel.SheetWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.OPERATOR)
public class RoundResource {

    @Inject
    io.techpool.platform.audit.AuditLog audit;

    @Inject
    RoundLifecycle rounds;

    @Inject
    RoundAssignments assignments;

    @Inject
    RoundProgress progress;

    @Inject
    RoundSelection selection;

    @Inject
    RoundPublication publication;

    @Inject
    RoundReports reports;

    @Inject
    RoundExport export;

    @Inject
    RoundProgressExport progressExport;

    @Inject
    io.techpool.platform.CurrentLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundRecords.View.class)))
    public Response create(@NotNull @Valid RoundRecords.Create body) {
        RoundRecords.View view = rounds.create(body);
        return Response.created(URI.create("/api/v1/rounds/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    public Page<RoundRecords.View> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return rounds.list(page, size);
    }

    @GET
    @Path("{id}")
    public RoundRecords.View get(@PathParam("id") String id) {
        return rounds.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoundRecords.View edit(@PathParam("id") String id, @NotNull @Valid RoundRecords.Edit body) {
        return rounds.edit(id, body);
    }

    @POST
    @Path("{id}/close-registration")
    public RoundRecords.View closeRegistration(@PathParam("id") String id) {
        return rounds.closeRegistration(id);
    }

    @POST
    @Path("{id}/assignments")
    public RoundRecords.AssignmentReport assignReviewers(@PathParam("id") String id) {
        return assignments.assignReviewers(id);
    }

    @GET
    @Path("{id}/assignments/{achievementId}")
    public List<RoundRecords.AssignmentView> assignments(
            @PathParam("id") String id, @PathParam("achievementId") String achievementId) {
        return assignments.assignmentsOf(id, achievementId);
    }

    @PUT
    @Path("{id}/assignments/{achievementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RoundRecords.AssignmentView> assignManually(
            @PathParam("id") String id,
            @PathParam("achievementId") String achievementId,
            @NotNull @Valid RoundRecords.ManualAssignment body) {
        return assignments.assignManually(id, achievementId, body);
    }

    @POST
    @Path("{id}/compute")
    public SelectionResultView compute(@PathParam("id") String id) {
        return selection.computeSelection(id);
    }

    /**
     * The round's stored result as {@code .xlsx} (rank, aggregates per dimension, composite, percentile, selected,
     * reason, flags), headers in the caller's language; 404 before the first compute.
     */
    @GET
    @Path("{id}/export")
    @Produces({io.techpool.platform.excel.SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The round's result as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook, one row per achievement in ranking order")
    @APIResponse(responseCode = "400", description = "format is not xlsx")
    @APIResponse(responseCode = "403", description = "Not an operator")
    @APIResponse(responseCode = "404", description = "No such round, or not computed yet")
    public Response exportResult(
            @PathParam("id") String id,
            @jakarta.ws.rs.QueryParam("format")
                    @jakarta.ws.rs.DefaultValue("xlsx")
                    @jakarta.validation.constraints.Pattern(regexp = "(?i)xlsx", message = "{exportUnknownFormat}")
                    String format) {
        RoundExport.Loaded loaded = export.load(id);
        io.techpool.platform.Language lang = language.get();
        audit.record("round.export", "round", id);
        jakarta.ws.rs.core.StreamingOutput body = out -> export.write(out, loaded, lang);
        return Response.ok(body, io.techpool.platform.excel.SheetWriter.XLSX)
                .header(
                        "Content-Disposition",
                        io.techpool.platform.excel.SheetWriter.attachment("round-" + id + ".xlsx"))
                .build();
    }

    /** The stored computation of the round (404 before the first compute). */
    @GET
    @Path("{id}/result")
    public SelectionResultView result(@PathParam("id") String id) {
        return selection.stored(id);
    }

    /** Body: a rule set in the format of {@code scoring-rules/*.yaml}, as YAML or JSON. */
    @POST
    @Path("{id}/simulate")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public SelectionResultView simulate(@PathParam("id") String id, String ruleSet) {
        return selection.simulateSelection(id, ruleSet);
    }

    @POST
    @Path("{id}/publish")
    public RoundRecords.View publish(@PathParam("id") String id) {
        return publication.publish(id);
    }

    @GET
    @Path("{id}/report")
    public RoundReport report(@PathParam("id") String id) {
        return reports.report(id);
    }

    @GET
    @Path("{id}/progress")
    public RoundRecords.Progress progress(@PathParam("id") String id) {
        return progress.progress(id);
    }

    /**
     * The round's review progress as {@code .xlsx} for chasing late reviews: a summary, per achievement, per
     * reviewer (with e-mail and last reminder, the most overdue first) and every open review; headers in the
     * caller's language.
     */
    @GET
    @Path("{id}/progress/export")
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The round's review progress as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook: summary, by achievement, by reviewer, open reviews")
    @APIResponse(responseCode = "400", description = "format is not xlsx")
    @APIResponse(responseCode = "403", description = "Not an operator")
    @APIResponse(responseCode = "404", description = "No such round")
    public Response exportProgress(
            @PathParam("id") String id,
            @QueryParam("format")
                    @DefaultValue("xlsx")
                    @jakarta.validation.constraints.Pattern(regexp = "(?i)xlsx", message = "{exportUnknownFormat}")
                    String format) {
        RoundProgressExport.Loaded loaded = progressExport.load(id);
        io.techpool.platform.Language lang = language.get();
        audit.record(
                "round.export-progress",
                "round",
                id,
                java.util.Map.of("rows", loaded.progress().perAchievement().size()));
        StreamingOutput body = out -> progressExport.write(out, loaded, lang);
        return Response.ok(body, SheetWriter.XLSX)
                .header("Content-Disposition", SheetWriter.attachment("round-" + id + "-progress.xlsx"))
                .build();
    }
}
