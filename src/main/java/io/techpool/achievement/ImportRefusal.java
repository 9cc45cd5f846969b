package io.techpool.achievement;

import io.techpool.platform.CurrentLanguage;
import io.techpool.platform.Messages;
import io.techpool.platform.ProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The answer to an import with wrong rows: a problem (RFC 9457) whose {@code errors} name the row and column of
 * each error besides the field, so that a person finds the cell in the spreadsheet.
 */
record ImportRefusal(
        String type, String title, int status, String detail, String instance, List<ImportResult.RowError> errors) {

    static Response response(ImportResult result, CurrentLanguage language, UriInfo uri) {
        Messages m = language.messages();
        int count = result.errors().size();
        return Response.status(400)
                .type("application/problem+json")
                .entity(new ImportRefusal(
                        "about:blank",
                        ProblemMapper.title(400, m),
                        400,
                        m.importRejected(count),
                        uri.getPath(),
                        result.errors()))
                .build();
    }
}
