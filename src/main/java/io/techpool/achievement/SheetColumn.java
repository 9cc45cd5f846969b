package io.techpool.achievement;

import io.techpool.platform.Language;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the import template and the achievement export: one per field of {@link AchievementInput}, named
 * by the field's JSON path, a Chinese and an English header, and the read-only columns an export adds (ignored on
 * import). The headers live here, not in the message bundle: they are a file format people's spreadsheets are
 * built on, and must not change when a translation is polished. A header is recognised in either language, as the
 * field's path, with or without spaces, full-width letters or a trailing {@code *}.
 */
enum SheetColumn {
    ID("id", "成果编号", "ID", true),
    STATUS("status", "状态", "Status", true),
    REGISTRATION_NUMBER("registrationNumber", "登记号", "Registration number", true),
    TITLE_ZH("title.zh", "成果名称", "Title", false),
    TITLE_EN("title.en", "英文名称", "Title (English)", false),
    SUMMARY_ZH("summary.zh", "成果简介", "Summary", false),
    SUMMARY_EN("summary.en", "英文简介", "Summary (English)", false),
    KEYWORDS("keywords", "关键词", "Keywords", false),
    TYPE("type", "成果类型", "Type", false),
    INDUSTRY_CODE("industryCode", "行业代码", "Industry code", false),
    TRL("trl", "技术就绪水平", "TRL", false),
    STAGE("stage", "所处阶段", "Stage", false),
    INNOVATION("innovation", "创新类型", "Innovation", false),
    LEVEL("level", "成果水平", "Level", false),
    IP_RIGHTS("ipRights", "知识产权", "IP rights", false),
    TRANSFER_MODES("transferModes", "转化方式", "Transfer modes", false),
    ASKING_PRICE("askingPrice", "意向价格（元）", "Asking price (CNY)", false),
    TEAM("team", "团队成员", "Team", false),
    CONTACT_NAME("contact.name", "联系人", "Contact name", false),
    CONTACT_PHONE("contact.phone", "联系电话", "Contact phone", false),
    CONTACT_EMAIL("contact.email", "联系邮箱", "Contact e-mail", false);

    /** The columns a template has, in its order: the fields of an achievement. */
    static final List<SheetColumn> TEMPLATE =
            Arrays.stream(values()).filter(c -> !c.readOnly).toList();

    /** The columns of an export: the read-only ones first, then the template's. */
    static final List<SheetColumn> EXPORT = List.of(values());

    private static final Map<String, SheetColumn> BY_HEADER = new HashMap<>();

    static {
        for (SheetColumn column : values()) {
            BY_HEADER.put(normalize(column.field), column);
            BY_HEADER.put(normalize(column.zh), column);
            BY_HEADER.put(normalize(column.en), column);
        }
        BY_HEADER.put(normalize("意向价格"), ASKING_PRICE);
        BY_HEADER.put(normalize("Asking price"), ASKING_PRICE);
        BY_HEADER.put(normalize("TRL（技术就绪水平）"), TRL);
    }

    final String field;
    final String zh;
    final String en;
    final boolean readOnly;

    SheetColumn(String field, String zh, String en, boolean readOnly) {
        this.field = field;
        this.zh = zh;
        this.en = en;
        this.readOnly = readOnly;
    }

    String header(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** The column a header names, if any. */
    static Optional<SheetColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalize(header)));
    }

    /**
     * The column where a field error belongs: {@code ipRights[2].number} → IP rights, {@code contact.phone} →
     * contact phone, {@code keywords[0]} → keywords.
     */
    static Optional<SheetColumn> ofField(String field) {
        String path = field.replaceAll("\\[\\d*]", "");
        for (SheetColumn column : values()) {
            if (column.field.equals(path)) {
                return Optional.of(column);
            }
        }
        int dot = path.indexOf('.');
        return dot < 0 ? Optional.empty() : ofField(path.substring(0, dot));
    }

    /** Full-width letters and brackets to plain ones, no spaces or required marks, case folded. */
    private static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC)
                .replaceAll("[\\s*＊]", "")
                .toLowerCase(Locale.ROOT);
    }
}
