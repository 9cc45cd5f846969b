package io.techpool.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;

/** The two languages of the product; Chinese is the default. */
public enum Language {
    ZH(Locale.forLanguageTag("zh-CN")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** Picks the first supported language of an {@code Accept-Language} list; Chinese when none is. */
    static Language of(List<Locale> acceptable) {
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

    /** {@code zh} or {@code en}, as {@code ?lang=} and the cookie write it; anything else is no choice. */
    public static java.util.Optional<Language> ofCode(String code) {
        if ("zh".equalsIgnoreCase(code)) {
            return java.util.Optional.of(ZH);
        }
        return "en".equalsIgnoreCase(code) ? java.util.Optional.of(EN) : java.util.Optional.empty();
    }

    public String code() {
        return this == ZH ? "zh" : "en";
    }

    /** What Qute's {@code locale} attribute and Bean Validation take. */
    public Locale locale() {
        return locale;
    }

    /**
     * The message bundle in this language, also where no request is active (mail jobs). The Chinese bundle is
     * the default one ({@code quarkus.default-locale}), so it is looked up without a qualifier.
     */
    public Messages messages() {
        return bundle(Messages.class);
    }

    /**
     * A message bundle of the product in this language ({@link Messages}, the exports' headers in
     * {@code platform.excel.ExportTexts}, …), also where no request is active.
     */
    public <T> T bundle(Class<T> type) {
        return this == ZH
                ? MessageBundles.get(type)
                : MessageBundles.get(type, Localized.Literal.of(locale.toLanguageTag()));
    }

    public String pick(String zh, String en) {
        return this == EN && en != null && !en.isBlank() ? en : zh;
    }
}
