package io.techpool.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * The selection as a CSV download, for the API and the page alike: the export is audited first (with its
 * filters), then the rows are streamed in keyset batches, so memory stays flat however many entries match.
 */
@ApplicationScoped
class AuditExport {

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    Response csv(AuditFilter filter) {
        audit.record("audit.export", "audit-log", "csv", filter.asParameters());
        StreamingOutput body = out -> {
            try (AuditCsv csv = new AuditCsv(out, json)) {
                AuditRecord last = null;
                List<AuditRecord> batch;
                do {
                    batch = audit.batch(filter, last);
                    for (AuditRecord r : batch) {
                        csv.write(r);
                    }
                    last = batch.isEmpty() ? last : batch.getLast();
                } while (batch.size() == AuditLog.EXPORT_BATCH);
            }
        };
        return Response.ok(body, AuditCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .build();
    }
}
