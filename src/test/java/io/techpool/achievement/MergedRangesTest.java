package io.techpool.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import io.techpool.achievement.MergedRanges.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge rule on rows in memory: refs, vertical repeats, horizontal blanks, errors, rows out of order. */
class MergedRangesTest {

    private record Cells(List<String> cells, Map<Integer, String> errors) {
        static Cells of(String... values) {
            return new Cells(new ArrayList<>(List.of(values)), new HashMap<>());
        }
    }

    private static List<Cells> fill(MergedRanges merges, Cells... rows) {
        MergedRanges.Filler filler = merges.filler();
        for (int i = 0; i < rows.length; i++) {
            filler.fill(i, rows[i].cells(), rows[i].errors());
        }
        return List.of(rows);
    }

    @Test
    void refs_areReadAsExcelWritesThem_andAnythingElseIsNoRange() {
        assertThat(MergedRanges.parse("B3:B6")).isEqualTo(new Range(2, 5, 1, 1));
        assertThat(MergedRanges.parse("$A$1:$R$1")).isEqualTo(new Range(0, 0, 0, 17));
        assertThat(MergedRanges.parse("c4:b3")).isEqualTo(new Range(2, 3, 1, 2));
        assertThat(MergedRanges.parse("XFD1048575:XFD1048576")).isEqualTo(new Range(1048574, 1048575, 16383, 16383));
        for (String wrong : new String[] {
            null,
            "",
            "ZZZ",
            "B3",
            "B3:",
            ":B3",
            "B3:B6:B9",
            "A0:A2",
            "XFE1:XFE2",
            "A1048577:A1",
            "1A:2A",
            "A1:B2x",
            "Ａ1:Ａ2"
        }) {
            assertThat(MergedRanges.parse(wrong)).as(wrong).isNull();
        }
    }

    @Test
    void aVerticalMerge_repeatsTheTopLeftValueDownItsColumn() {
        List<Cells> rows = fill(
                MergedRanges.of(List.of(new Range(0, 2, 1, 1))),
                Cells.of("a", "基础理论"),
                Cells.of("b", ""),
                Cells.of("c"), // shorter than the merged column: grown
                Cells.of("d", ""));

        assertThat(rows)
                .extracting(Cells::cells)
                .containsExactly(List.of("a", "基础理论"), List.of("b", "基础理论"), List.of("c", "基础理论"), List.of("d", ""));
    }

    @Test
    void aHorizontalMerge_keepsTheValueInItsFirstColumnOnly_evenOverAHiddenValue() {
        List<Cells> rows = fill(
                MergedRanges.of(List.of(new Range(0, 1, 0, 1))), Cells.of("标题", "hidden", "x"), Cells.of("", "", "y"));

        assertThat(rows).extracting(Cells::cells).containsExactly(List.of("标题", "", "x"), List.of("标题", "", "y"));
    }

    @Test
    void anExcelErrorInTheTopLeftCell_isAnErrorOfEveryRow() {
        Cells top = Cells.of("a", "");
        top.errors().put(1, "#N/A");
        Cells below = Cells.of("b", "");

        fill(MergedRanges.of(List.of(new Range(0, 1, 1, 1))), top, below);

        assertThat(below.errors()).containsEntry(1, "#N/A");
    }

    @Test
    void aRangeWhoseTopRowIsNotStored_fillsNothing() {
        MergedRanges.Filler filler =
                MergedRanges.of(List.of(new Range(0, 3, 0, 1))).filler();
        Cells second = Cells.of("", "stray");

        filler.fill(1, second.cells(), second.errors());

        assertThat(second.cells()).containsExactly("", "");
    }

    @Test
    void aRowGoingBack_isLeftAsStored() {
        MergedRanges.Filler filler =
                MergedRanges.of(List.of(new Range(5, 6, 0, 0))).filler();
        Cells sixth = Cells.of("值");
        Cells back = Cells.of("");

        filler.fill(5, sixth.cells(), sixth.errors());
        filler.fill(2, back.cells(), back.errors());

        assertThat(back.cells()).containsExactly("");
    }
}
