package io.techpool.achievement;

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
 * The organization's achievements as a file for the signed-in institution user, as {@code GET
 * /api/v1/achievements/export} gives them (which wants a token, not the pages' session): linked from the
 * workspace ({@code /me}).
 */
@Path("/institution/achievements")
@RolesAllowed(CurrentUser.INSTITUTION)
public class AchievementDownloadPage {

    @Inject
    AchievementSheets sheets;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLanguage language;

    @GET
    @Path("export.xlsx")
    @Produces(SheetWriter.XLSX)
    public Response xlsx() {
        return sheets.download(currentUser, AchievementSheets.Format.XLSX, null, language.get());
    }

    @GET
    @Path("export.csv")
    @Produces(SheetWriter.CSV)
    public Response csv() {
        return sheets.download(currentUser, AchievementSheets.Format.CSV, null, language.get());
    }
}
