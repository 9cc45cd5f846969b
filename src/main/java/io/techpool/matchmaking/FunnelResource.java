package io.techpool.matchmaking;

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

/** The matchmaking funnel the operator reports upward; {@code ?round=} narrows it to one round's entries. */
@Path("/api/v1/matchmaking/funnel")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.OPERATOR)
public class FunnelResource {

    @Inject
    MatchmakingService matchmaking;

    @Inject
    FunnelExport export;

    @Inject
    CurrentLanguage language;

    @GET
    public MatchRecords.Funnel funnel(@QueryParam("round") String round) {
        return matchmaking.funnel(round);
    }

    /**
     * The same figures as {@code .xlsx}, one sheet per grouping (summary, status, section, round, source, event),
     * names and labels in the caller's language.
     */
    @GET
    @Path("export")
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The matchmaking funnel as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook, one sheet per grouping of the funnel")
    @APIResponse(responseCode = "400", description = "round is not an id, or format is not xlsx")
    @APIResponse(responseCode = "403", description = "Not an operator")
    public Response export(
            @QueryParam("round") String round,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "(?i)xlsx", message = "{exportUnknownFormat}")
                    String format) {
        return export.download(round, language.get());
    }
}
