package io.techpool.matchmaking;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.excel.SheetWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The matchmaking funnel of every round as {@code .xlsx} for the signed-in operator, as {@code GET
 * /api/v1/matchmaking/funnel/export} gives it: linked from the workspace ({@code /me}).
 */
@Path("/operator/funnel.xlsx")
@RolesAllowed(CurrentUser.OPERATOR)
public class FunnelDownloadPage {

    @Inject
    FunnelExport export;

    @Inject
    CurrentLanguage language;

    @GET
    @Produces(SheetWriter.XLSX)
    public Response download() {
        return export.download(null, language.get());
    }
}
