package io.techpool.platform.audit;

import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Page;
import io.techpool.platform.TechPoolConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit log for operators: a page of entries (newest first) and the whole selection as CSV. */
@Path("/api/v1/audit")
@RolesAllowed(CurrentUser.OPERATOR)
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    TechPoolConfig config;

    @Inject
    AuditExport export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit log entries matching the filters, newest first")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A filter is not a date or time, or to is before from")
    @APIResponse(responseCode = "403", description = "Not an operator")
    public Page<AuditRecord> list(
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return audit.find(AuditFilter.parse(action, actor, subject, from, to, config.timeZone()), page, size);
    }

    /** Streamed in batches: memory stays flat however many entries match. The export itself is audited. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Audit log entries matching the filters as CSV")
    @APIResponse(responseCode = "200", description = "CSV in UTF-8 with a byte order mark, newest first")
    @APIResponse(
            responseCode = "400",
            description = "A filter is not a date or time, to is before from, or format is not csv")
    @APIResponse(responseCode = "403", description = "Not an operator")
    public Response export(
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (!"csv".equals(format)) {
            throw new DomainException.Invalid("format", m -> m.mustBeOneOf(List.of("csv")));
        }
        return export.csv(AuditFilter.parse(action, actor, subject, from, to, config.timeZone()));
    }
}
