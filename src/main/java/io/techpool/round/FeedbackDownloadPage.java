package io.techpool.round;

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
 * The organization's feedback of published rounds as {@code .xlsx} for the signed-in institution user, as {@code
 * GET /api/v1/achievements/feedback/export} gives it: linked from the workspace ({@code /me}).
 */
@Path("/institution/feedback.xlsx")
@RolesAllowed(CurrentUser.INSTITUTION)
public class FeedbackDownloadPage {

    @Inject
    FeedbackExport export;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @GET
    @Produces(SheetWriter.XLSX)
    public Response download() {
        return export.download(currentUser, language.get());
    }
}
