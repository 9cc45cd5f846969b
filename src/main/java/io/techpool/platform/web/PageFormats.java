package io.techpool.platform.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and CNY amounts as the page's language writes them, in templates: {@code {entry.publishedAt.date}},
 * {@code {request.budgetMax.cny}}. The locale is the template instance's (set from the request by
 * {@link PageLocale}); times are shown in China's time zone, where TechPool's users are.
 */
@TemplateExtension
public class PageFormats {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static String date(LocalDate value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(of(locale))
                        .format(value);
    }

    static String date(
            OffsetDateTime value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "" : date(value.atZoneSameInstant(ZONE).toLocalDate(), locale);
    }

    static String date(Instant value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "" : date(value.atZone(ZONE).toLocalDate(), locale);
    }

    static String dateTime(
            OffsetDateTime value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "" : dateTime(value.toInstant(), locale);
    }

    static String dateTime(Instant value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(of(locale))
                        .format(value.atZone(ZONE));
    }

    /** ¥1,250,000 in Chinese, CN¥1,250,000 in English: the currency is always the yuan. */
    static String cny(BigDecimal value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(of(locale));
        format.setCurrency(java.util.Currency.getInstance("CNY"));
        format.setMaximumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(value);
    }

    static String cny(Long value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "" : cny(BigDecimal.valueOf(value), locale);
    }

    /** A number with the locale's grouping: 12,345. */
    static String grouped(Number value, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(of(locale)).format(value);
    }

    private static Locale of(Object locale) {
        if (locale instanceof Locale l) {
            return l.getLanguage().equals("en") ? Locale.US : Locale.SIMPLIFIED_CHINESE;
        }
        if (locale != null && locale.toString().startsWith("en")) {
            return Locale.US;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
