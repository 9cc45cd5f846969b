package io.techpool.platform;

import java.util.List;
import java.util.Locale;

/** The two languages of the product; Chinese is the default. */
public enum Language {
    ZH,
    EN;

    /** Picks the first supported language of an {@code Accept-Language} list. */
    public static Language of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String tag = locale.getLanguage();
            if (tag.equals("zh")) {
                return ZH;
            }
            if (tag.equals("en")) {
                return EN;
            }
        }
        return ZH;
    }

    public String pick(String zh, String en) {
        return this == EN && en != null && !en.isBlank() ? en : zh;
    }
}
