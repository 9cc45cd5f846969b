package io.techpool.industry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a chain's keywords are found in an achievement's text. Both are normalised alike (NFKC, so full-width
 * letters and digits are plain ones; lower case; every run of punctuation and spaces one space). A keyword
 * whose end is a Chinese character matches anywhere (Chinese has no spaces between words); an end in Latin
 * letters or digits must meet a word boundary, so {@code ai} is not found in {@code maintain}; a plural
 * {@code s} or {@code es} after a keyword ending in a letter still counts ({@code vaccines}).
 */
final class ChainKeywords {

    private ChainKeywords() {}

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Whether the normalised {@code text} holds the normalised {@code keyword} as the class comment says. */
    static boolean contains(String text, String keyword) {
        if (keyword.isEmpty()) {
            return false;
        }
        boolean boundedStart = wordChar(keyword.charAt(0));
        char last = keyword.charAt(keyword.length() - 1);
        boolean boundedEnd = wordChar(last);
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            if (boundedStart && at > 0 && wordChar(text.charAt(at - 1))) {
                continue;
            }
            int end = at + keyword.length();
            if (!boundedEnd || boundaryAt(text, end)) {
                return true;
            }
            if (Character.isLetter(last)
                    && ((text.startsWith("s", end) && boundaryAt(text, end + 1))
                            || (text.startsWith("es", end) && boundaryAt(text, end + 2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryAt(String text, int index) {
        return index >= text.length() || !wordChar(text.charAt(index));
    }

    /** A letter or digit of a script written with spaces between words (Latin, in practice). */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
