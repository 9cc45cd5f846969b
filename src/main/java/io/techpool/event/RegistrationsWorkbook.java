package io.techpool.event;

import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The operators' export of who registered, as {@code .xlsx}. Every value is written as a string cell: a name
 * starting with {@code =}, {@code +}, {@code -} or {@code @} stays text and never becomes a formula.
 */
final class RegistrationsWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RegistrationsWorkbook() {}

    static byte[] of(EventRecords.Registrants registrants, ZoneId zone, Language language) {
        Messages m = language.messages();
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TechPool", "1.0");
            Worksheet sheet = workbook.newWorksheet(m.eventSheetRegistrations());
            List<String> header = List.of(
                    m.eventColumnName(),
                    m.eventColumnOrganization(),
                    m.eventColumnEmail(),
                    m.eventColumnStatus(),
                    m.eventColumnPosition(),
                    m.eventColumnRegisteredAt());
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            for (EventRecords.Registrant r : registrants.items()) {
                sheet.value(row, 0, r.name());
                text(sheet, row, 1, r.organization());
                text(sheet, row, 2, r.email());
                sheet.value(
                        row,
                        3,
                        r.status() == RegistrationStatus.REGISTERED
                                ? m.registrationStatusRegistered()
                                : m.registrationStatusWaiting());
                if (r.position() != null) {
                    sheet.value(row, 4, r.position());
                }
                if (r.registeredAt() != null) {
                    sheet.value(row, 5, EventTimes.format(r.registeredAt().toInstant(), zone, language));
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }
}
