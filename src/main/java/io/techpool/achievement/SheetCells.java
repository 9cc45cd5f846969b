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
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.achievement.AchievementKinds.Type;
import io.techpool.platform.Language;
import io.techpool.platform.Messages;
import io.techpool.platform.Text;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cells of one spreadsheet row as an {@link AchievementInput}, and back ({@link #cells}). Lists share one cell:
 * entries separated by {@code ；} or {@code ;} or line breaks (keywords and transfer modes also by {@code ，}
 * {@code ,} {@code 、}), the parts of an IP right ({@code kind|number|title}) or a team member ({@code name|role})
 * by {@code |}. Vocabulary cells take the Chinese or English label or the API's constant. Codes and numbers are
 * read after NFKC (full-width digits, letters and spaces become plain ones); free text is left as typed.
 * Only what cannot be read at all is an error here ({@code trl} "五"); every rule is the API's, checked after.
 */
final class SheetCells {

    /** A value that could not be read, named as the API names the field. */
    record Unreadable(String field, Text message) {}

    record Parsed(AchievementInput input, List<Unreadable> unreadable) {}

    static final String ENTRY_SEPARATOR = "[;；\\n\\r]+";
    private static final String WORD_SEPARATOR = "[;；,，、\\n\\r]+";
    private static final String PART_SEPARATOR = "[|｜]";

    private SheetCells() {}

    static Parsed parse(Map<SheetColumn, String> cells) {
        List<Unreadable> unreadable = new ArrayList<>();
        Reader in = new Reader(cells, unreadable);
        AchievementInput input = new AchievementInput(
                new Title(in.text(SheetColumn.TITLE_ZH), in.text(SheetColumn.TITLE_EN)),
                new Summary(in.text(SheetColumn.SUMMARY_ZH), in.text(SheetColumn.SUMMARY_EN)),
                in.words(SheetColumn.KEYWORDS),
                in.constant(SheetColumn.TYPE, Type.class),
                in.industryCode(),
                in.integer(SheetColumn.TRL),
                in.constant(SheetColumn.STAGE, Stage.class),
                in.constant(SheetColumn.INNOVATION, Innovation.class),
                in.constant(SheetColumn.LEVEL, Level.class),
                in.ipRights(),
                in.transferModes(),
                in.decimal(SheetColumn.ASKING_PRICE),
                in.team(),
                new Contact(
                        in.text(SheetColumn.CONTACT_NAME),
                        in.code(SheetColumn.CONTACT_PHONE),
                        in.code(SheetColumn.CONTACT_EMAIL)),
                null);
        return new Parsed(input, unreadable);
    }

    /** An achievement's cells in the template's columns, labels in a language: the export's row. */
    static Map<SheetColumn, Object> cells(AchievementView a, Language language) {
        Messages m = language.messages();
        String entries = language == Language.ZH ? "；" : "; ";
        Map<SheetColumn, Object> cells = new HashMap<>();
        cells.put(SheetColumn.ID, a.id());
        cells.put(SheetColumn.STATUS, label(a.status(), m));
        cells.put(SheetColumn.REGISTRATION_NUMBER, a.registrationNumber());
        cells.put(SheetColumn.TITLE_ZH, a.title().zh());
        cells.put(SheetColumn.TITLE_EN, a.title().en());
        cells.put(SheetColumn.SUMMARY_ZH, a.summary().zh());
        cells.put(SheetColumn.SUMMARY_EN, a.summary().en());
        cells.put(SheetColumn.KEYWORDS, String.join(entries, a.keywords()));
        cells.put(SheetColumn.TYPE, label(a.type(), m));
        cells.put(SheetColumn.INDUSTRY_CODE, a.industryCode());
        cells.put(SheetColumn.TRL, a.trl());
        cells.put(SheetColumn.STAGE, label(a.stage(), m));
        cells.put(SheetColumn.INNOVATION, label(a.innovation(), m));
        cells.put(SheetColumn.LEVEL, label(a.level(), m));
        cells.put(
                SheetColumn.IP_RIGHTS,
                a.ipRights() == null
                        ? null
                        : a.ipRights().stream()
                                .map(ip -> label(ip.kind(), m) + "|" + ip.number() + "|" + ip.title())
                                .collect(Collectors.joining(entries)));
        cells.put(
                SheetColumn.TRANSFER_MODES,
                a.transferModes().stream().map(t -> label(t, m)).collect(Collectors.joining(entries)));
        cells.put(SheetColumn.ASKING_PRICE, a.askingPrice());
        cells.put(
                SheetColumn.TEAM,
                a.team().stream()
                        .map(t -> t.role() == null || t.role().isBlank() ? t.name() : t.name() + "|" + t.role())
                        .collect(Collectors.joining(entries)));
        if (a.contact() != null) {
            cells.put(SheetColumn.CONTACT_NAME, a.contact().name());
            cells.put(SheetColumn.CONTACT_PHONE, a.contact().phone());
            cells.put(SheetColumn.CONTACT_EMAIL, a.contact().email());
        }
        return cells;
    }

    static String label(Enum<?> constant, Messages m) {
        return constant == null ? null : AchievementKinds.label(constant).in(m);
    }

    /** The labels a vocabulary cell may hold, in both languages. */
    static <E extends Enum<E>> List<String> labels(Class<E> type, Language language) {
        Messages m = language.messages();
        return Arrays.stream(type.getEnumConstants()).map(c -> label(c, m)).toList();
    }

    /** Free text as typed, without surrounding spaces (full-width ones too); blank is absent. */
    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Codes and numbers: NFKC first, so {@code １２３} and full-width spaces read as {@code 123} and spaces. */
    static String nfkc(String value) {
        return value == null ? null : strip(Normalizer.normalize(value, Normalizer.Form.NFKC));
    }

    private static final class Reader {
        private final Map<SheetColumn, String> cells;
        private final List<Unreadable> unreadable;

        Reader(Map<SheetColumn, String> cells, List<Unreadable> unreadable) {
            this.cells = cells;
            this.unreadable = unreadable;
        }

        String text(SheetColumn column) {
            return strip(cells.get(column));
        }

        String code(SheetColumn column) {
            return nfkc(cells.get(column));
        }

        /** A division code; Excel turns {@code 01} into the number 1, and people write "38 电气机械…". */
        String industryCode() {
            String code = code(SheetColumn.INDUSTRY_CODE);
            if (code == null) {
                return null;
            }
            if (code.matches("\\d")) {
                return "0" + code;
            }
            var leading =
                    java.util.regex.Pattern.compile("^(\\d{2})(?!\\d)\\D*.*$").matcher(code);
            return leading.matches() ? leading.group(1) : code;
        }

        Integer integer(SheetColumn column) {
            String value = code(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return wrong(column.field, Messages::wrongTypeOrFormat);
            }
        }

        BigDecimal decimal(SheetColumn column) {
            String value = code(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replaceAll("[,\\s¥元]", ""));
            } catch (NumberFormatException e) {
                return wrong(column.field, Messages::wrongTypeOrFormat);
            }
        }

        <E extends Enum<E>> E constant(SheetColumn column, Class<E> type) {
            return constant(column.field, code(column), type);
        }

        <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
            if (value == null) {
                return null;
            }
            E constant = vocabulary(type).get(value.toLowerCase(Locale.ROOT));
            if (constant == null) {
                String allowed = String.join("、", labels(type, Language.ZH)) + " / "
                        + String.join(", ", labels(type, Language.EN));
                return wrong(field, m -> m.mustBeOneOf(allowed));
            }
            return constant;
        }

        List<String> words(SheetColumn column) {
            String value = text(column);
            return value == null ? null : split(value, WORD_SEPARATOR);
        }

        Set<TransferMode> transferModes() {
            String value = code(SheetColumn.TRANSFER_MODES);
            if (value == null) {
                return null;
            }
            Set<TransferMode> modes = new LinkedHashSet<>();
            List<String> entries = split(value, WORD_SEPARATOR);
            for (int i = 0; i < entries.size(); i++) {
                modes.add(constant("transferModes[" + i + "]", entries.get(i), TransferMode.class));
            }
            modes.remove(null);
            return modes;
        }

        List<IpRight> ipRights() {
            String value = text(SheetColumn.IP_RIGHTS);
            if (value == null) {
                return null;
            }
            List<IpRight> rights = new ArrayList<>();
            List<String> entries = split(value, ENTRY_SEPARATOR);
            for (int i = 0; i < entries.size(); i++) {
                String[] parts = entries.get(i).split(PART_SEPARATOR, -1);
                String field = "ipRights[" + i + "]";
                if (parts.length != 3) {
                    wrong(field, Messages::importIpRightFormat);
                    continue;
                }
                IpKind kind = constant(field + ".kind", nfkc(parts[0]), IpKind.class);
                rights.add(new IpRight(kind, nfkc(parts[1]), strip(parts[2])));
            }
            return rights;
        }

        List<TeamMember> team() {
            String value = text(SheetColumn.TEAM);
            if (value == null) {
                return null;
            }
            List<TeamMember> team = new ArrayList<>();
            List<String> entries = split(value, ENTRY_SEPARATOR);
            for (int i = 0; i < entries.size(); i++) {
                String[] parts = entries.get(i).split(PART_SEPARATOR, -1);
                if (parts.length > 2) {
                    wrong("team[" + i + "]", Messages::importTeamFormat);
                    continue;
                }
                team.add(new TeamMember(strip(parts[0]), parts.length > 1 ? strip(parts[1]) : null));
            }
            return team;
        }

        private <T> T wrong(String field, Text message) {
            unreadable.add(new Unreadable(field, message));
            return null;
        }
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static final Map<Class<?>, Map<String, ?>> VOCABULARIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Constant names, Chinese and English labels, lower case, to the constant. */
    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Map<String, E> vocabulary(Class<E> type) {
        return (Map<String, E>) VOCABULARIES.computeIfAbsent(type, t -> {
            Map<String, E> byName = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                byName.put(constant.name().toLowerCase(Locale.ROOT), constant);
                for (Language language : Language.values()) {
                    byName.put(nfkc(label(constant, language.messages())).toLowerCase(Locale.ROOT), constant);
                }
            }
            return byName;
        });
    }
}
