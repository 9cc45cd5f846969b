package io.techpool.achievement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Real spreadsheet files for the import tests, built in memory: .xlsx (FastExcel or raw parts) and CSV. */
public final class SheetFiles {

    private SheetFiles() {}

    /** The template's Chinese header row, in the template's order. */
    public static List<String> zhHeaders() {
        return List.of(
                "成果名称", "英文名称", "成果简介", "英文简介", "关键词", "成果类型", "行业代码", "技术就绪水平", "所处阶段", "创新类型", "成果水平", "知识产权", "转化方式",
                "意向价格（元）", "团队成员", "联系人", "联系电话", "联系邮箱");
    }

    public static List<String> enHeaders() {
        return List.of(
                "Title",
                "Title (English)",
                "Summary",
                "Summary (English)",
                "Keywords",
                "Type",
                "Industry code",
                "TRL",
                "Stage",
                "Innovation",
                "Level",
                "IP rights",
                "Transfer modes",
                "Asking price (CNY)",
                "Team",
                "Contact name",
                "Contact phone",
                "Contact e-mail");
    }

    /** A valid row in the template's order, with a title of its own. */
    public static List<Object> validRow(String title) {
        return List.of(
                title,
                "",
                "一种新型储能材料的制备方法，循环寿命超过 3000 次。",
                "",
                "储能；电池",
                "应用技术",
                "38",
                6,
                "中期",
                "原始创新",
                "国内领先",
                "发明专利|ZL202010123456.7|一种储能材料",
                "许可；合作开发",
                "1500000",
                "张伟|负责人；李娜|研究员",
                "王芳",
                "0931-8912345",
                "wangfang@example.edu.cn");
    }

    /** An .xlsx with one sheet: each row's values as FastExcel writes them (strings as text, numbers as numbers). */
    public static byte[] xlsx(List<List<?>> rows) {
        return xlsx(rows, List.of());
    }

    /**
     * An .xlsx as {@link #xlsx(List)} with merged ranges ({@code "F3:F5"}): the value only in the top-left cell, the
     * range in {@code <mergeCells>} after {@code <sheetData>}, where Excel writes it.
     */
    public static byte[] xlsx(List<List<?>> rows, List<String> merged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value instanceof java.time.LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (value != null && !value.toString().isEmpty()) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            for (String ref : merged) {
                var range = org.dhatim.fastexcel.reader.CellRangeAddress.valueOf(ref);
                sheet.range(range.getFirstRow(), range.getFirstColumn(), range.getLastRow(), range.getLastColumn())
                        .merge();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csv(List<List<?>> rows, Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            var writer = new java.io.OutputStreamWriter(out, charset);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                for (List<?> row : rows) {
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An .xlsx written part by part, as Excel writes what FastExcel's writer does not: formulas with their cached
     * values, merged ranges whose refs are not ranges. {@code sheetData} is the {@code <sheetData>} content; each of
     * {@code mergeRefs} becomes a {@code <mergeCell ref="…"/>} after it, as Excel writes them.
     */
    static byte[] rawXlsx(String sheetData, String... mergeRefs) {
        StringBuilder merges = new StringBuilder();
        if (mergeRefs.length > 0) {
            merges.append("<mergeCells count=\"").append(mergeRefs.length).append("\">");
            for (String ref : mergeRefs) {
                merges.append("<mergeCell ref=\"").append(ref).append("\"/>");
            }
            merges.append("</mergeCells>");
        }
        return zip(List.of(
                new Part("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                        </Types>"""),
                new Part("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>"""),
                new Part("xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
                new Part("xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                        </Relationships>"""),
                new Part("xl/worksheets/sheet1.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + sheetData + "</sheetData>" + merges + "</worksheet>")));
    }

    /** An inline-string cell. */
    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>"
                + value.replace("&", "&amp;").replace("<", "&lt;") + "</t></is></c>";
    }

    record Part(String name, String content) {}

    static byte[] zip(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Part part : parts) {
                zip.putNextEntry(new ZipEntry(part.name()));
                zip.write(part.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip whose one part unpacks to {@code megabytes} of zeros: a thousand times smaller packed. */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
