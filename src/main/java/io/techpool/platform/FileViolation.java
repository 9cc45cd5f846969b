package io.techpool.platform;

/**
 * One broken constraint of a configuration file read at start-up (a scoring rule file, the industry chain file):
 * where ({@code source} is the file, {@code field} a path such as {@code chains[2].divisions[0]}, empty for the file
 * as a whole; {@code line} is 0 when unknown) and which rule, in both languages: such files are read where no one
 * asked for a language.
 */
public record FileViolation(String source, int line, int column, String field, Bilingual rule) {

    public static FileViolation of(String source, String field, String rule, String ruleZh) {
        return new FileViolation(source, 0, 0, field, new Bilingual(ruleZh, rule));
    }

    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line + ":" + column : source;
        return field.isEmpty() ? where + ": " + rule.en() : where + ": " + field + ": " + rule.en();
    }
}
