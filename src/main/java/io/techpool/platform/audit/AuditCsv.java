package io.techpool.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit log as CSV, one entry a row, in UTF-8 with a byte order mark (so Excel reads Chinese as such).
 * A cell a spreadsheet would take for a formula ({@code = + - @}, or a tab or carriage return first) is written
 * as text, behind a single quote: user text (a subject id, a user name) must never run as a formula.
 */
final class AuditCsv implements AutoCloseable {

    static final List<String> COLUMNS = List.of(
            "at",
            "action",
            "subjectType",
            "subjectId",
            "actorUsername",
            "actorSubject",
            "actorRoles",
            "clientAddress",
            "details");

    private static final CsvMapper CSV = new CsvMapper();

    private final SequenceWriter rows;
    private final ObjectMapper json;

    AuditCsv(OutputStream out, ObjectMapper json) throws IOException {
        this.json = json;
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        this.rows = CSV.writer(schema.build()).writeValues(out);
    }

    void write(AuditRecord r) throws IOException {
        rows.write(List.of(
                        r.at().toString(),
                        r.action(),
                        r.subject().type(),
                        r.subject().id(),
                        nullToEmpty(r.actor().username()),
                        nullToEmpty(r.actor().subject()),
                        String.join(",", r.actor().roles()),
                        nullToEmpty(r.actor().address()),
                        r.details().isEmpty() ? "" : details(r))
                .stream()
                .map(AuditCsv::asText)
                .toList());
    }

    /** A cell as text: a leading {@code = + - @}, tab or carriage return gets a single quote before it. */
    static String asText(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private String details(AuditRecord r) {
        try {
            return json.writeValueAsString(r.details());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    static final String MEDIA_TYPE = "text/csv; charset=" + StandardCharsets.UTF_8.name();
}
