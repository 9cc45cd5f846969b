package io.techpool.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.techpool.platform.Language;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An event held in Shanghai (no DST), seen from Berlin, which switches to summer time on 28 March 2027. */
class EventTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theSameShanghaiHour_isAnotherBerlinHourAfterTheDstSwitch() {
        Instant beforeSwitch = Instant.parse("2027-03-27T06:00:00Z"); // 14:00 in Shanghai
        Instant afterSwitch = Instant.parse("2027-03-29T06:00:00Z"); // 14:00 in Shanghai

        assertThat(EventTimes.format(beforeSwitch, SHANGHAI, Language.EN))
                .endsWith("2:00 PM (Asia/Shanghai, UTC+08:00)");
        assertThat(EventTimes.format(afterSwitch, SHANGHAI, Language.EN))
                .endsWith("2:00 PM (Asia/Shanghai, UTC+08:00)");
        assertThat(EventTimes.format(beforeSwitch, BERLIN, Language.EN)).endsWith("7:00 AM (Europe/Berlin, UTC+01:00)");
        assertThat(EventTimes.format(afterSwitch, BERLIN, Language.EN)).endsWith("8:00 AM (Europe/Berlin, UTC+02:00)");
    }

    @Test
    void chineseSaysTheZoneAndOffsetToo() {
        assertThat(EventTimes.format(Instant.parse("2027-03-29T06:00:00Z"), BERLIN, Language.ZH))
                .contains("2027")
                .contains("08:00")
                .endsWith("（Europe/Berlin，UTC+02:00）");
    }

    @Test
    void aRangeAcrossTheSwitchNamesTheEndsOwnOffset() {
        // 01:30 to 03:30 local time in Berlin on the night of the switch: one hour, and the offsets differ.
        String range = EventTimes.range(
                Instant.parse("2027-03-28T00:30:00Z"), Instant.parse("2027-03-28T01:30:00Z"), BERLIN, Language.EN);
        assertThat(range).contains("1:30 AM (Europe/Berlin, UTC+01:00)").endsWith("3:30 AM UTC+02:00");
    }

    @Test
    void aRangeOnOneDay_namesTheZoneOnceAfterTheEnd() {
        Instant start = Instant.parse("2027-05-10T06:00:00Z");
        Instant end = Instant.parse("2027-05-10T09:00:00Z");
        assertThat(EventTimes.range(start, end, ZoneId.of("Asia/Shanghai"), Language.EN))
                .isEqualTo("May 10, 2027, 2:00 PM – 5:00 PM (Asia/Shanghai, UTC+08:00)");
        assertThat(EventTimes.range(start, end, ZoneId.of("Asia/Shanghai"), Language.ZH))
                .isEqualTo("2027年5月10日 14:00 – 17:00（Asia/Shanghai，UTC+08:00）");
    }

    @Test
    void utcIsWrittenPlainly() {
        assertThat(EventTimes.format(Instant.parse("2027-01-10T09:00:00Z"), ZoneId.of("Etc/UTC"), Language.EN))
                .endsWith("9:00 AM (Etc/UTC, UTC)");
    }
}
