package io.techpool.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and yuan amounts as each language writes them; instants in China's time zone. */
class PageFormatsTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @Test
    void dates_followThePagesLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(PageFormats.date(day, ZH)).isEqualTo("2026年11月30日");
        assertThat(PageFormats.date(day, Locale.ENGLISH)).isEqualTo("Nov 30, 2026");
    }

    @Test
    void instants_areShownInChinasTimeZone() {
        // 23:30 UTC on the 29th is already the 30th in Beijing
        assertThat(PageFormats.date(Instant.parse("2026-11-29T23:30:00Z"), ZH)).isEqualTo("2026年11月30日");
    }

    @Test
    void amounts_areInYuan_withTheLanguagesGrouping() {
        assertThat(PageFormats.cny(new BigDecimal("1250000"), ZH)).isEqualTo("¥1,250,000");
        assertThat(PageFormats.cny(new BigDecimal("1250000"), Locale.ENGLISH)).isEqualTo("CN¥1,250,000");
        assertThat(PageFormats.cny(new BigDecimal("99.50"), Locale.ENGLISH)).isEqualTo("CN¥99.50");
    }
}
