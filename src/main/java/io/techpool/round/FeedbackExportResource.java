package io.techpool.round;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.excel.SheetWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The feedback of all of an institution's achievements of published rounds, as one spreadsheet. */
@Path("/api/v1/achievements/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackExportResource {

    @Inject
    FeedbackExport export;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    /**
     * Every achievement of the caller's organization whose round is published, with what {@code GET
     * /api/v1/achievements/{id}/feedback} answers, as {@code .xlsx}; headers in the caller's language.
     */
    @GET
    @Path("export")
    @RolesAllowed(CurrentUser.INSTITUTION)
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The organization's feedback of published rounds as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook: feedback per achievement, anonymous comments")
    @APIResponse(responseCode = "400", description = "format is not xlsx")
    @APIResponse(responseCode = "403", description = "Not an institution user of a registered organization")
    public Response export(
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "(?i)xlsx", message = "{exportUnknownFormat}")
                    String format) {
        return export.download(currentUser, language.get());
    }
}
