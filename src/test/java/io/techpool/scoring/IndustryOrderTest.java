package io.techpool.scoring;

import static io.techpool.scoring.ScoringFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md step 8. */
class IndustryOrderTest {

    /** Selected entries in step 6 order, each "id:section:division". */
    private static List<Scored> pool(String entries) {
        List<Scored> pool = new ArrayList<>();
        int minute = 0;
        for (String entry : entries.split(" ")) {
            String[] parts = entry.split(":");
            pool.add(new Scored(
                    registered(parts[0], parts[2], parts[1], minute++),
                    3,
                    List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                    BigDecimal.ONE,
                    false,
                    true));
        }
        return pool;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one division keeps the ranking           | a:C:38 b:C:38 c:C:38               | a b c             | 1 2 3
            section letter first                     | a:M:73 b:C:38 c:A:01               | c b a             | 1 1 1
            then division code                       | a:C:39 b:C:38 c:C:13 d:C:38        | c b d a           | 1 1 2 1
            ranking inside each division             | a:I:65 b:C:38 c:I:65 d:C:38 e:I:64 | b d e a c         | 1 2 1 1 2
            empty pool                               |                                    |                   |
            """)
    void order_bySectionThenDivisionThenRank(String name, String selected, String expected, String industryRanks) {
        List<Scored> ranked = selected == null ? List.of() : pool(selected);

        List<Scored> ordered = IndustryOrder.order(ranked);
        int[] ranks = IndustryOrder.industryRanks(ordered);

        assertThat(ordered)
                .extracting(Scored::id)
                .containsExactly(expected == null ? new String[0] : expected.split(" "));
        assertThat(ranks)
                .containsExactly(
                        industryRanks == null
                                ? new int[0]
                                : java.util.Arrays.stream(industryRanks.split(" "))
                                        .mapToInt(Integer::parseInt)
                                        .toArray());
    }
}
