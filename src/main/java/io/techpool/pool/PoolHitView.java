package io.techpool.pool;

import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.platform.Bilingual;
import io.techpool.platform.Language;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A pool entry as a card or search hit shows it, in one language. {@code titleHighlight} and
 * {@code summaryHighlight} are the search's highlights (built from escaped text, see {@link PoolSearch}), the
 * only HTML a page inserts unescaped; null when the query matched elsewhere. Public for the pages of features
 * that show pool entries as cards ({@code tags/poolCard.html}).
 */
public record PoolHitView(
        String id,
        String title,
        String titleHighlight,
        String summary,
        String summaryHighlight,
        String organizationCode,
        String organization,
        String industry,
        long trl,
        String composite,
        int industryRank,
        List<String> transferModes,
        OffsetDateTime publishedAt) {

    private static final int SUMMARY_LENGTH = 160;

    public static PoolHitView of(PoolRecords.Hit hit, Language language) {
        Map<String, List<String>> highlights = hit.highlights();
        return new PoolHitView(
                hit.id(),
                hit.title().pick(language),
                highlight(highlights, "title", hit.title(), language),
                abbreviate(hit.summary().pick(language), SUMMARY_LENGTH),
                highlight(highlights, "summary", hit.summary(), language),
                hit.organization().code(),
                hit.organization().name().pick(language),
                hit.industryName(),
                hit.trl(),
                PoolEntryView.shown(hit.composite()),
                hit.industryRank(),
                hit.transferModes().stream()
                        .map(m ->
                                AchievementKinds.label(TransferMode.valueOf(m)).in(language))
                        .toList(),
                hit.publishedAt());
    }

    /** The fragments of the field in the language shown (Chinese where English is missing), or null. */
    private static String highlight(
            Map<String, List<String>> highlights, String field, Bilingual text, Language language) {
        boolean english =
                language == Language.EN && text.en() != null && !text.en().isBlank();
        List<String> fragments = highlights == null ? null : highlights.get(field + (english ? "En" : "Zh"));
        return fragments == null || fragments.isEmpty() ? null : String.join(" … ", fragments);
    }

    static String abbreviate(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= length
                ? text
                : text.substring(0, text.offsetByCodePoints(0, length)) + "…";
    }
}
