package io.techpool.achievement;

import io.techpool.achievement.AchievementInput.Contact;
import io.techpool.achievement.AchievementInput.IpRight;
import io.techpool.achievement.AchievementInput.Summary;
import io.techpool.achievement.AchievementInput.TeamMember;
import io.techpool.achievement.AchievementInput.Title;
import io.techpool.achievement.AchievementKinds.Innovation;
import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.Stage;
import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.achievement.AchievementKinds.Type;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.Language;
import io.techpool.platform.audit.AuditLog;
import io.techpool.platform.excel.SheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The files of bulk registration: the import template ({@code .xlsx} with drop-down lists, an example and
 * instructions, or {@code .csv}) and the export of achievements in the template's columns plus the read-only
 * ones, which imports back. FastExcel writes {@code .xlsx}, Commons CSV writes CSV (UTF-8 with a byte order
 * mark, so that Excel opens it as UTF-8).
 */
@ApplicationScoped
class AchievementSheets {

    /**
     * The caller's achievements (institution: its organization's, operator: all) for the API and the
     * institution's page alike: audited before the answer starts, then streamed slice by slice.
     */
    Response download(CurrentUser user, Format format, Status status, Language language) {
        String organization = achievements.exportScope(user);
        audit.record(
                "achievement.export",
                "organization",
                organization == null ? "*" : organization,
                Map.of("status", status == null ? "" : status.name(), "format", format.name()));
        StreamingOutput body = out -> writeExport(out, format, organization, status, language);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", SheetWriter.attachment(fileName("achievements", format)))
                .build();
    }

    /** Rows of the template's sheet that get the drop-down lists. */
    private static final int TEMPLATE_ROWS = 5000;

    /** Achievements read per transaction while an export streams. */
    private static final int SLICE = 500;

    static final String DATA_SHEET = "成果 Achievements";

    @Inject
    AchievementService achievements;

    @Inject
    AuditLog audit;

    enum Format {
        XLSX,
        CSV;

        static Format of(String value) {
            return "csv".equalsIgnoreCase(value) ? CSV : XLSX;
        }

        String mediaType() {
            return this == CSV ? SheetWriter.CSV : SheetWriter.XLSX;
        }

        String extension() {
            return this == CSV ? ".csv" : ".xlsx";
        }
    }

    // ---- the template

    void writeTemplate(OutputStream out, Format format) throws IOException {
        if (format == Format.CSV) {
            try (CSVPrinter csv = csv(out)) {
                csv.printRecord(SheetColumn.TEMPLATE.stream().map(c -> c.zh).toList());
                csv.printRecord(SheetColumn.TEMPLATE.stream().map(c -> c.en).toList());
            }
            return;
        }
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        Worksheet data = workbook.newWorksheet(DATA_SHEET);
        Worksheet example = workbook.newWorksheet("示例 Example");
        Worksheet instructions = workbook.newWorksheet("说明 Instructions");
        Worksheet lists = workbook.newWorksheet("选项 Lists");

        SheetWriter sheet = new SheetWriter(data).header(zhHeaders()).header(enHeaders());
        textColumns(data);
        dropDowns(data, lists, sheet.nextRow());

        SheetWriter sample = new SheetWriter(example).header(zhHeaders()).header(enHeaders());
        sample.row(row(exampleCells(), SheetColumn.TEMPLATE));
        textColumns(example);

        writeInstructions(new SheetWriter(instructions));
        lists.setVisibilityState(VisibilityState.HIDDEN);
        workbook.finish();
    }

    private static List<String> zhHeaders() {
        return SheetColumn.TEMPLATE.stream().map(c -> c.zh).toList();
    }

    private static List<String> enHeaders() {
        return SheetColumn.TEMPLATE.stream().map(c -> c.en).toList();
    }

    /** Codes typed into text-formatted cells keep their leading zeros ({@code 01}, phone numbers). */
    private static void textColumns(Worksheet sheet) {
        for (SheetColumn column : List.of(SheetColumn.INDUSTRY_CODE, SheetColumn.CONTACT_PHONE)) {
            sheet.style(SheetColumn.TEMPLATE.indexOf(column)).format("@").set();
        }
    }

    /**
     * A drop-down list of Chinese labels for each single-choice column, from the hidden lists sheet. A warning,
     * not a stop, when something else is typed: English labels and the API's constants are accepted too.
     */
    private static void dropDowns(Worksheet data, Worksheet lists, int firstRow) {
        List<Class<? extends Enum<?>>> vocabularies =
                List.of(Type.class, Stage.class, Innovation.class, Level.class, IpKind.class, TransferMode.class);
        List<SheetColumn> columns = List.of(
                SheetColumn.TYPE,
                SheetColumn.STAGE,
                SheetColumn.INNOVATION,
                SheetColumn.LEVEL,
                SheetColumn.IP_RIGHTS,
                SheetColumn.TRANSFER_MODES);
        for (int i = 0; i < vocabularies.size(); i++) {
            List<String> labels = labels(vocabularies.get(i), Language.ZH);
            lists.value(0, i, columns.get(i).zh);
            for (int r = 0; r < labels.size(); r++) {
                lists.value(r + 1, i, labels.get(r));
            }
            if (i < 4) { // IP rights and transfer modes hold several values: listed, not restricted
                int col = SheetColumn.TEMPLATE.indexOf(columns.get(i));
                data.range(firstRow, col, firstRow + TEMPLATE_ROWS - 1, col)
                        .validateWithList(lists.range(1, i, labels.size(), i))
                        .allowBlank(true)
                        .showErrorMessage(true)
                        .errorStyle(DataValidationErrorStyle.WARNING)
                        .errorTitle("不在列表中 Not in the list")
                        .error(
                                "可从下拉列表选择，也可填写英文名称或接口常量。Choose from the list, or write the English label or the API constant.");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> labels(Class<? extends Enum<?>> type, Language language) {
        return SheetCells.labels((Class) type, language);
    }

    private static Map<SheetColumn, Object> exampleCells() {
        AchievementInput example = new AchievementInput(
                new Title("一种高能量密度锂离子电池正极材料及其制备方法", "High-energy-density cathode material for lithium-ion batteries"),
                new Summary(
                        "本成果提出一种富镍三元正极材料的共沉淀制备工艺，能量密度提高 15%，循环寿命超过 2000 次。",
                        "A co-precipitation process for nickel-rich cathode material: 15% more energy density, over 2,000 cycles."),
                List.of("锂离子电池", "正极材料", "储能"),
                Type.APPLIED_TECHNOLOGY,
                "38",
                6,
                Stage.MIDDLE,
                Innovation.ORIGINAL,
                Level.DOMESTIC_LEADING,
                List.of(
                        new IpRight(IpKind.INVENTION_PATENT, "ZL202010123456.7", "一种富镍三元正极材料的制备方法"),
                        new IpRight(IpKind.SOFTWARE_COPYRIGHT, "2023SR0012345", "电池材料配比计算软件")),
                Set.of(TransferMode.LICENSE, TransferMode.COOPERATION),
                new BigDecimal("1500000"),
                List.of(new TeamMember("张伟", "项目负责人"), new TeamMember("李娜", "工艺研发")),
                new Contact("王芳", "0931-8912345", "wangfang@example.edu.cn"),
                null);
        AchievementView view = new AchievementView(
                null,
                null,
                null,
                null,
                null,
                null,
                example.title(),
                example.summary(),
                example.keywords(),
                example.type(),
                example.industryCode(),
                null,
                List.of(),
                null,
                example.trl(),
                example.stage(),
                example.innovation(),
                example.level(),
                example.ipRights(),
                example.transferModes().stream().sorted().toList(),
                example.askingPrice(),
                example.team(),
                example.contact(),
                null,
                null,
                null,
                0);
        return SheetCells.cells(view, Language.ZH);
    }

    private static void writeInstructions(SheetWriter sheet) {
        sheet.row(List.of("填写说明", "Instructions"));
        for (String[] line : INSTRUCTIONS) {
            sheet.row(List.of(line[0], line[1]));
        }
        sheet.row(List.of());
        sheet.row(List.of("列（中文）", "Column (English)", "字段 Field", "填写方法", "How to fill in"));
        for (SheetColumn column : SheetColumn.values()) {
            String[] note = NOTES.get(column);
            sheet.row(List.of(column.zh, column.en, column.field, note[0], note[1]));
        }
        sheet.worksheet().width(0, 40);
        sheet.worksheet().width(1, 40);
        sheet.worksheet().width(3, 60);
        sheet.worksheet().width(4, 60);
    }

    private static final String[][] INSTRUCTIONS = {
        {
            "在“成果 Achievements”工作表中每行填写一项成果；前两行是表头（中文、英文），请勿修改。",
            "Fill in one achievement a row on the sheet \"成果 Achievements\"; its first two rows are the header (Chinese, English): leave them."
        },
        {
            "列的顺序可以调整；表头可用中文或英文；“成果编号、状态、登记号”为导出时的只读列，导入时忽略。",
            "Columns may be in any order; headers in Chinese or English; ID, Status and Registration number are read-only columns of exports, ignored on import."
        },
        {
            "多个值写在同一单元格中，以“；”或“;”分隔；一项知识产权写作“类型|编号|名称”，一位成员写作“姓名|分工”。",
            "Several values share one cell, separated by \";\" (or \"；\"); an IP right is \"kind|number|title\", a team member \"name|role\"."
        },
        {
            "选项列可填写中文名称、英文名称或接口常量（如 APPLIED_TECHNOLOGY）；下拉列表列出中文名称。",
            "Choice columns take the Chinese or English label or the API constant (e.g. APPLIED_TECHNOLOGY); the drop-down lists the Chinese labels."
        },
        {
            "每个文件至多 5,000 行、10 MB；也可另存为 CSV（UTF-8 或 GBK 编码）后上传。",
            "At most 5,000 rows and 10 MB a file; a CSV saved from this sheet (UTF-8 or GBK) is accepted too."
        },
        {
            "全部行校验通过才会导入；导入的成果为草稿，需逐项提交登记。可先“仅校验”（dryRun）。",
            "Nothing is imported unless every row is valid; imported achievements are drafts, each to be submitted. Check first with a dry run."
        },
        {"“示例 Example”工作表有一行填好的示例。", "The sheet \"示例 Example\" holds a filled-in example row."},
    };

    private static final Map<SheetColumn, String[]> NOTES = Map.ofEntries(
            Map.entry(SheetColumn.ID, new String[] {"导出时填写，导入时忽略", "Filled in by exports, ignored on import"}),
            Map.entry(SheetColumn.STATUS, new String[] {"导出时填写，导入时忽略", "Filled in by exports, ignored on import"}),
            Map.entry(
                    SheetColumn.REGISTRATION_NUMBER,
                    new String[] {"导出时填写，导入时忽略", "Filled in by exports, ignored on import"}),
            Map.entry(SheetColumn.TITLE_ZH, new String[] {"必填，至多 200 字", "Required, at most 200 characters"}),
            Map.entry(SheetColumn.TITLE_EN, new String[] {"选填，至多 300 字符", "Optional, at most 300 characters"}),
            Map.entry(SheetColumn.SUMMARY_ZH, new String[] {"必填，至多 4000 字", "Required, at most 4,000 characters"}),
            Map.entry(SheetColumn.SUMMARY_EN, new String[] {"选填，至多 8000 字符", "Optional, at most 8,000 characters"}),
            Map.entry(
                    SheetColumn.KEYWORDS,
                    new String[] {"必填，1–10 个，以“；”“，”或“、”分隔", "Required, 1–10, separated by \";\" \",\" or \"、\""}),
            Map.entry(SheetColumn.TYPE, new String[] {"必填，下拉选择", "Required, from the list"}),
            Map.entry(SheetColumn.INDUSTRY_CODE, new String[] {
                "必填，GB/T 4754-2017 大类代码（两位，如 38）", "Required, a GB/T 4754-2017 division code (two digits, e.g. 38)"
            }),
            Map.entry(
                    SheetColumn.TRL,
                    new String[] {"必填，1–9 的整数（GB/T 22900）", "Required, a whole number 1–9 (GB/T 22900)"}),
            Map.entry(SheetColumn.STAGE, new String[] {"必填，下拉选择", "Required, from the list"}),
            Map.entry(SheetColumn.INNOVATION, new String[] {"必填，下拉选择", "Required, from the list"}),
            Map.entry(SheetColumn.LEVEL, new String[] {"必填，下拉选择", "Required, from the list"}),
            Map.entry(SheetColumn.IP_RIGHTS, new String[] {
                "选填，每项“类型|编号|名称”，以“；”分隔，至多 50 项", "Optional, each \"kind|number|title\", separated by \";\", at most 50"
            }),
            Map.entry(
                    SheetColumn.TRANSFER_MODES,
                    new String[] {"必填，一种或多种，以“；”分隔", "Required, one or more, separated by \";\""}),
            Map.entry(SheetColumn.ASKING_PRICE, new String[] {"选填，人民币元，至多两位小数", "Optional, in CNY, at most two decimals"
            }),
            Map.entry(SheetColumn.TEAM, new String[] {
                "必填，每人“姓名|分工”，以“；”分隔，1–50 人", "Required, each \"name|role\", separated by \";\", 1–50 people"
            }),
            Map.entry(SheetColumn.CONTACT_NAME, new String[] {"必填", "Required"}),
            Map.entry(SheetColumn.CONTACT_PHONE, new String[] {
                "必填，如 0931-8912345 或 +86 138 0013 8000", "Required, e.g. 0931-8912345 or +86 138 0013 8000"
            }),
            Map.entry(SheetColumn.CONTACT_EMAIL, new String[] {"必填", "Required"}));

    // ---- the export

    /**
     * The caller's achievements (institution: the organization's, operator: all) in the export's columns, headers
     * and labels in {@code language}, read and written slice by slice.
     */
    void writeExport(OutputStream out, Format format, String organization, Status status, Language language)
            throws IOException {
        List<SheetColumn> columns = SheetColumn.EXPORT;
        List<String> headers = columns.stream().map(c -> c.header(language)).toList();
        if (format == Format.CSV) {
            try (CSVPrinter csv = csv(out)) {
                csv.printRecord(headers);
                forEachSlice(organization, status, view -> {
                    try {
                        csv.printRecord(row(SheetCells.cells(view, language), columns).stream()
                                .map(v -> v == null ? "" : SheetWriter.csvSafe(v.toString()))
                                .toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return;
        }
        Workbook workbook = new Workbook(out, "TechPool", "1.0");
        Worksheet worksheet = workbook.newWorksheet(DATA_SHEET);
        SheetWriter sheet = new SheetWriter(worksheet).header(headers);
        for (int col = 0; col < 3; col++) {
            worksheet.style(0, col).bold().fillColor("E7E6E6").set(); // read-only columns
        }
        forEachSlice(organization, status, view -> sheet.row(row(SheetCells.cells(view, language), columns)));
        workbook.finish();
    }

    private void forEachSlice(String organization, Status status, java.util.function.Consumer<AchievementView> each) {
        AchievementRepository.Cursor after = null;
        while (true) {
            List<AchievementView> slice = achievements.exportSlice(organization, status, after, SLICE);
            slice.forEach(each);
            if (slice.size() < SLICE) {
                return;
            }
            AchievementView last = slice.getLast();
            after = new AchievementRepository.Cursor(last.createdAt(), java.util.UUID.fromString(last.id()));
        }
    }

    private static List<Object> row(Map<SheetColumn, Object> cells, List<SheetColumn> columns) {
        List<Object> row = new ArrayList<>(columns.size());
        columns.forEach(c -> row.add(cells.get(c)));
        return row;
    }

    private static CSVPrinter csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.EXCEL);
    }

    static String fileName(String base, Format format) {
        return base + format.extension();
    }
}
