package io.techpool.event;

import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.excel.SheetWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * The operators' export of who registered, as {@code .xlsx}, written by {@link SheetWriter} like every export: a
 * name starting with {@code =}, {@code +}, {@code -} or {@code @} stays text, also once the cell is edited.
 */
final class RegistrationsWorkbook {

    static final String MEDIA_TYPE = SheetWriter.XLSX;

    private RegistrationsWorkbook() {}

    static byte[] of(EventRecords.Registrants registrants, ZoneId zone, Language language) {
        Messages m = language.messages();
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TechPool", "1.0");
            SheetWriter sheet = new SheetWriter(workbook.newWorksheet(m.eventSheetRegistrations()));
            sheet.header(List.of(
                    m.eventColumnName(),
                    m.eventColumnOrganization(),
                    m.eventColumnEmail(),
                    m.eventColumnStatus(),
                    m.eventColumnPosition(),
                    m.eventColumnRegisteredAt()));
            for (EventRecords.Registrant r : registrants.items()) {
                sheet.row(Arrays.asList(
                        r.name(),
                        r.organization(),
                        r.email(),
                        r.status() == RegistrationStatus.REGISTERED
                                ? m.registrationStatusRegistered()
                                : m.registrationStatusWaiting(),
                        r.position(),
                        r.registeredAt() == null
                                ? null
                                : EventTimes.format(r.registeredAt().toInstant(), zone, language)));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
