package io.techpool.pool;

import io.techpool.achievement.AchievementInput;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An investment-opportunity list as an {@code .xlsx} file (FastExcel's streaming writer): one sheet, headers in
 * the caller's language, one row per pool entry in the chain's order. Rows are flushed to the stream chunk by
 * chunk, so a long list never sits in memory. Text that Excel could take for a formula ({@code = + - @} first) is
 * a text cell with the text number format, so it stays text even when the cell is edited.
 */
final class OpportunityWorkbook {

    private static final double[] WIDTHS = {6, 40, 60, 28, 24, 10, 24, 16, 48, 10, 48};

    private final Worksheet sheet;
    private final Workbook workbook;
    private final Language language;
    private final Messages messages;
    private int row;

    private OpportunityWorkbook(OutputStream out, String chainName, Language language) {
        this.language = language;
        this.messages = language.messages();
        this.workbook = new Workbook(out, "TechPool", "1.0");
        // Sheet names: at most 31 characters, none of : \ / ? * [ ].
        String name = (chainName + " " + messages.opportunitiesSheet()).replaceAll("[:\\\\/?*\\[\\]]", " ");
        this.sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
    }

    /** Writes the list: the header row, then every chunk {@code chunks} hands over, then closes the file. */
    static void write(
            OutputStream out,
            String chainName,
            Language language,
            Consumer<Consumer<List<ChainRecords.Opportunity>>> chunks) {
        OpportunityWorkbook book = new OpportunityWorkbook(out, chainName, language);
        book.header();
        chunks.accept(book::rows);
        book.finish();
    }

    private void header() {
        List<String> headers = List.of(
                messages.opportunityRank(),
                messages.opportunityTitle(),
                messages.opportunitySummary(),
                messages.opportunityOrganization(),
                messages.opportunityIndustry(),
                messages.opportunityTrl(),
                messages.opportunityTransferModes(),
                messages.opportunityAskingPrice(),
                messages.opportunityIpRights(),
                messages.opportunityComposite(),
                messages.opportunityLink());
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, WIDTHS[c]);
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    private void rows(List<ChainRecords.Opportunity> chunk) {
        for (ChainRecords.Opportunity o : chunk) {
            sheet.value(row, 0, o.rank());
            text(1, o.title().pick(language));
            text(2, o.summary().pick(language));
            text(3, o.organization().name().pick(language));
            text(4, o.industryCode() + " " + (o.industryName() == null ? "" : o.industryName()));
            sheet.value(row, 5, o.trl());
            text(
                    6,
                    o.transferModes().stream()
                            .map(m -> AchievementKinds.label(TransferMode.valueOf(m))
                                    .in(language))
                            .collect(Collectors.joining(language == Language.ZH ? "、" : ", ")));
            if (o.askingPrice() == null) {
                text(7, messages.opportunityPriceOnRequest());
            } else {
                sheet.value(row, 7, o.askingPrice());
                sheet.style(row, 7).format("#,##0.00").set();
            }
            text(8, o.ipRights().stream().map(this::ipRight).collect(Collectors.joining("\n")));
            sheet.value(row, 9, o.composite());
            text(10, o.url());
            row++;
        }
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String ipRight(AchievementInput.IpRight ip) {
        return AchievementKinds.label(ip.kind()).in(language) + " " + ip.number() + " " + ip.title();
    }

    /** A text cell; one Excel could read as a formula is marked as text. */
    private void text(int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        sheet.value(row, column, value);
        if (formulaLike(value)) {
            sheet.style(row, column).format("@").set();
        }
    }

    static boolean formulaLike(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private void finish() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
