package io.techpool.platform;

/** Text from outside (tokens, forms) made fit for a column. */
public final class Texts {

    private Texts() {}

    /**
     * The text without NUL characters (PostgreSQL stores none) and at most {@code max} characters as PostgreSQL
     * counts them (code points, so no surrogate pair is split); a cut one ends in "…" so it reads as shortened.
     */
    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace("\u0000", "");
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * Whether the text holds nothing a reader sees: only white space (ASCII, the ideographic space U+3000 and every
     * other space separator) and invisible format characters (zero-width space, joiners, word joiner, byte
     * order mark, …). Such a title is as empty as "" on a page and in a list.
     */
    public static boolean isBlank(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT
                        || c == 0x3164 // Hangul filler, drawn as nothing
                        || Character.getType(c) == Character.CONTROL);
    }
}
