package io.techpool.platform;

/**
 * A text users or reference data give in both languages (a title, a province, a rule set's name); JSON
 * {@code {"zh": …, "en": …}}. English may be missing: then the Chinese stands in for it.
 */
public record Bilingual(String zh, String en) {

    public String pick(Language language) {
        return language.pick(zh, en);
    }
}
