package io.techpool.round;

import io.techpool.platform.excel.ExportTexts;
import io.techpool.scoring.RankedAchievement;
import io.techpool.scoring.Reason;
import java.util.List;
import java.util.stream.Collectors;

/** A stored result's reasons and flags in words, as the round's exports (result, feedback) write them. */
final class ResultLabels {

    private ResultLabels() {}

    static String reason(Reason reason, ExportTexts t) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case SELECTED -> t.reasonSelected();
            case BELOW_CUTOFF -> t.reasonBelowCutoff();
            case BELOW_MIN_COMPOSITE -> t.reasonBelowMinComposite();
            case INSUFFICIENT_REVIEWS -> t.reasonInsufficientReviews();
        };
    }

    /** The flags of a ranked achievement or of review progress, joined by "; "; a flag not known here as it is. */
    static String flags(List<String> flags, ExportTexts t) {
        if (flags == null || flags.isEmpty()) {
            return null;
        }
        return flags.stream().map(f -> flag(f, t)).collect(Collectors.joining("; "));
    }

    private static String flag(String flag, ExportTexts t) {
        return switch (flag) {
            case RankedAchievement.DISAGREEMENT -> t.flagDisagreement();
            case RoundProgress.UNDER_ASSIGNED -> t.flagUnderAssigned();
            case RoundProgress.DECLINED -> t.flagDeclined();
            case RoundProgress.INSUFFICIENT_REVIEWS -> t.flagInsufficientReviews();
            default -> flag;
        };
    }
}
