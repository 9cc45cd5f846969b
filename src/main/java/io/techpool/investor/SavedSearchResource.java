package io.techpool.investor;

import io.techpool.platform.ApiDocument;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Page;
import io.techpool.pool.PoolRecords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/investors/me/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.INVESTOR)
public class SavedSearchResource {

    @Inject
    SavedSearchService savedSearches;

    @Inject
    CurrentUser currentUser;

    @Inject
    SavedSearchExport export;

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
                            schema = @Schema(implementation = SavedSearchService.SavedSearchView.class)))
    public Response save(@NotNull @Valid SavedSearchService.SavedSearchInput body) {
        SavedSearchService.SavedSearchView view = savedSearches.save(currentUser, body);
        return Response.created(URI.create("/api/v1/investors/me/saved-searches/" + view.id()))
                .entity(view)
                .build();
    }

    /** Each with {@code newCount}: entries found since the investor last looked. */
    @GET
    public Page<SavedSearchService.SavedSearchView> mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return savedSearches.mine(currentUser, page, size);
    }

    @GET
    @Path("{id}/results")
    @Extension(name = ApiDocument.PROBLEMS, value = "503")
    public PoolRecords.SearchPage results(
            @PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return savedSearches.results(currentUser, id, page, size);
    }

    /** The saved search's current results as {@code .xlsx}, headers in the caller's language (nothing marked seen). */
    @GET
    @Path("{id}/export")
    @Produces({io.techpool.platform.excel.SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "A saved search's current results as .xlsx")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "The workbook, newest first")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "400",
            description = "format is not xlsx")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "403",
            description = "Not an investor")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "404",
            description = "No saved search of the caller's with this id")
    public Response export(
            @PathParam("id") String id,
            @QueryParam("format")
                    @DefaultValue("xlsx")
                    @jakarta.validation.constraints.Pattern(regexp = "(?i)xlsx", message = "{exportUnknownFormat}")
                    String format) {
        return export.download(currentUser, id, language.get());
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        savedSearches.delete(currentUser, id);
        return Response.noContent().build();
    }
}
