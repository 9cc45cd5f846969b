package io.techpool.pool;

import io.techpool.achievement.AchievementInput;
import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.excel.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;

/**
 * An investment-opportunity list as an {@code .xlsx} file (FastExcel's streaming writer): one sheet, headers in
 * the caller's language, one row per pool entry in the chain's order. Rows are flushed to the stream chunk by
 * chunk, so a long list never sits in memory. Written by {@link SheetWriter} like every export: text that Excel
 * could take for a formula ({@code = + - @} first) stays text, even when the cell is edited.
 */
final class OpportunityWorkbook {

    private static final double[] WIDTHS = {6, 40, 60, 28, 24, 10, 24, 16, 48, 10, 48};
    private static final int PRICE = 7;

    private final SheetWriter sheet;
    private final Workbook workbook;
    private final Language language;
    private final Messages messages;

    private OpportunityWorkbook(OutputStream out, String chainName, Language language) {
        this.language = language;
        this.messages = language.messages();
        this.workbook = new Workbook(out, "TechPool", "1.0");
        // Sheet names: at most 31 characters, none of : \ / ? * [ ].
        String name = (chainName + " " + messages.opportunitiesSheet()).replaceAll("[:\\\\/?*\\[\\]]", " ");
        this.sheet = new SheetWriter(workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name));
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
        sheet.header(List.of(
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
                messages.opportunityLink()));
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.worksheet().width(c, WIDTHS[c]);
        }
    }

    private void rows(List<ChainRecords.Opportunity> chunk) {
        for (ChainRecords.Opportunity o : chunk) {
            int at = sheet.nextRow();
            sheet.row(Arrays.asList(
                    o.rank(),
                    o.title().pick(language),
                    o.summary().pick(language),
                    o.organization().name().pick(language),
                    o.industryCode() + " " + (o.industryName() == null ? "" : o.industryName()),
                    o.trl(),
                    o.transferModes().stream()
                            .map(m -> AchievementKinds.label(TransferMode.valueOf(m))
                                    .in(language))
                            .collect(Collectors.joining(language == Language.ZH ? "、" : ", ")),
                    o.askingPrice() == null ? messages.opportunityPriceOnRequest() : o.askingPrice(),
                    o.ipRights().stream().map(this::ipRight).collect(Collectors.joining("\n")),
                    o.composite(),
                    o.url()));
            if (o.askingPrice() != null) {
                sheet.worksheet().style(at, PRICE).format("#,##0.00").set();
            }
        }
    }

    private String ipRight(AchievementInput.IpRight ip) {
        return AchievementKinds.label(ip.kind()).in(language) + " " + ip.number() + " " + ip.title();
    }

    private void finish() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
