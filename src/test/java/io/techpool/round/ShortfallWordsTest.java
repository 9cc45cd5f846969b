package io.techpool.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.techpool.assignment.Shortfall;
import io.techpool.assignment.Shortfall.Code;
import io.techpool.platform.Language;
import org.junit.jupiter.api.Test;

/** The assignment says why an achievement is short as a code; the round's answer says it in words. */
@QuarkusTest
class ShortfallWordsTest {

    private static String say(Language language, Code code, int eligible, int atCap, String division) {
        var shortfall = new Shortfall("A1", 1, new Shortfall.Reason(code, eligible, atCap, 40, division));
        return RoundRecords.ShortfallView.of(shortfall, language.messages()).reason();
    }

    @Test
    void tooFewEligible_inEnglish() {
        assertThat(say(Language.EN, Code.TOO_FEW_ELIGIBLE, 0, 0, "38"))
                .isEqualTo("no eligible reviewer for division 38");
        assertThat(say(Language.EN, Code.TOO_FEW_ELIGIBLE, 1, 0, "38"))
                .isEqualTo("only 1 eligible reviewer for division 38");
        assertThat(say(Language.EN, Code.TOO_FEW_ELIGIBLE, 2, 1, "38"))
                .isEqualTo("only 2 eligible reviewers for division 38, 1 of them at the load cap of 40");
        assertThat(say(Language.EN, Code.TOO_FEW_ELIGIBLE, 2, 0, null)).isEqualTo("only 2 eligible reviewers");
    }

    @Test
    void atTheCap_inEnglish() {
        assertThat(say(Language.EN, Code.ALL_AT_CAP, 6, 6, "38"))
                .isEqualTo("all 6 eligible reviewers are at the load cap of 40");
        assertThat(say(Language.EN, Code.ALL_AT_CAP, 1, 1, "38"))
                .isEqualTo("the only eligible reviewer is at the load cap of 40");
        assertThat(say(Language.EN, Code.SOME_AT_CAP, 5, 4, "38"))
                .isEqualTo("4 of the 5 eligible reviewers are at the load cap of 40, the other 1 is assigned to it");
    }

    @Test
    void everyCode_inChinese() {
        assertThat(say(Language.ZH, Code.TOO_FEW_ELIGIBLE, 2, 1, "38"))
                .isEqualTo("只有 2 位符合条件的评审专家（大类 38），其中 1 位已达任务上限 40 项");
        assertThat(say(Language.ZH, Code.ALL_AT_CAP, 6, 6, "38")).isEqualTo("全部 6 位符合条件的评审专家已达任务上限 40 项");
        assertThat(say(Language.ZH, Code.SOME_AT_CAP, 5, 4, "38"))
                .isEqualTo("5 位符合条件的评审专家中，4 位已达任务上限 40 项，其余 1 位已分配评审该成果");
    }
}
