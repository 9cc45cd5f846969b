package io.techpool.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.techpool.achievement.AchievementInput;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The demo pool's data is valid input, and the scores select what the README promises. */
class DemoPoolDataTest {

    private final DemoPoolData data = DemoPoolData.load();

    @Test
    void everyAchievementIsAValidRegistration_inAKnownDivision() throws IOException {
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        ObjectMapper json = new ObjectMapper();
        Set<String> divisions = divisions();
        assertThat(data.achievements()).hasSize(30);
        Set<String> titles = new HashSet<>();
        for (DemoPoolData.Achievement a : data.achievements()) {
            AchievementInput input = json.treeToValue(a.body(), AchievementInput.class);
            assertThat(validator.validate(input)).as(a.titleZh()).isEmpty();
            assertThat(input.title().en()).as(a.titleZh()).isNotBlank();
            assertThat(input.summary().en()).as(a.titleZh()).isNotBlank();
            assertThat(divisions).as(a.titleZh()).contains(input.industryCode());
            assertThat(titles.add(a.titleZh()))
                    .as("a title names one achievement")
                    .isTrue();
        }
        assertThat(data.reviewerExpertise()).hasSizeLessThanOrEqualTo(20).allMatch(divisions::contains);
    }

    /** Default rules: capacity floor(0.20 × 30) = 6, minimum composite 60, equal scores, no ties. */
    @Test
    void theSixSelected_holdTwoPhotovoltaicEntriesThatDifferInTransferMode() {
        List<DemoPoolData.Achievement> ranked = data.achievements().stream()
                .sorted(Comparator.comparingInt(DemoPoolData.Achievement::score).reversed())
                .toList();
        assertThat(ranked.stream().map(DemoPoolData.Achievement::score).distinct())
                .hasSize(30);
        List<DemoPoolData.Achievement> selected = ranked.subList(0, 6);
        assertThat(selected).allMatch(a -> a.score() >= 60);
        List<DemoPoolData.Achievement> photovoltaic =
                selected.stream().filter(a -> a.titleZh().contains("光伏")).toList();
        assertThat(photovoltaic).hasSizeGreaterThanOrEqualTo(2);
        assertThat(photovoltaic.stream()
                        .map(a -> modes(a.body().path("transferModes")))
                        .collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(data.scoreOf("钙钛矿/晶硅叠层光伏组件", 50)).isEqualTo(93);
        assertThat(data.scoreOf("not demo data", 50)).isEqualTo(50);
    }

    private static Set<String> modes(JsonNode list) {
        Set<String> modes = new HashSet<>();
        list.forEach(m -> modes.add(m.asText()));
        return modes;
    }

    private static Set<String> divisions() throws IOException {
        try (InputStream in = DemoPoolDataTest.class.getResourceAsStream("/industries/gbt4754-2017.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .filter(code -> code.matches("[0-9]{2}"))
                    .collect(Collectors.toSet());
        }
    }
}
