package dev.vigil.server.domain.model.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text as words are matched in it: NFKC, case-folded, without accents, niqqud or harakat, with
 * Arabic letter variants unified and typographic apostrophes, quotes and dashes made plain. Each
 * folded char remembers the original chars it came from, so a match can be shown in the writer's
 * own words.
 */
public final class FoldedText {

    private final String text;
    private final int[] from;
    private final int[] to;

    private FoldedText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() + 16];
        int[] to = new int[original.length() + 16];
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String f = fold(cp);
            if (out.length() + f.length() > from.length) {
                from = Arrays.copyOf(from, (from.length + f.length()) * 2);
                to = Arrays.copyOf(to, from.length);
            }
            for (int k = 0; k < f.length(); k++) {
                from[out.length()] = i;
                to[out.length()] = next;
                out.append(f.charAt(k));
            }
            i = next;
        }
        return new FoldedText(out.toString(), from, to);
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    /** The part of the original text that folded into {@code [start, end)}, spaces collapsed. */
    public String original(String original, int start, int end) {
        return original.substring(from[start], to[end - 1]).replaceAll("\\s+", " ").strip();
    }

    // Folding one code point at a time keeps the offset map exact; marks are dropped anyway, so
    // the result equals folding the whole string.
    private static String fold(int cp) {
        switch (cp) {
            case '\u2018', '\u2019', '\u02BC', '\u00B4', '`', '\u05F3' -> {
                return "'";   // typographic apostrophes and the Hebrew geresh
            }
            case '\u201C', '\u201D', '\u05F4' -> {
                return "\"";  // typographic quotes and the Hebrew gershayim (שב״ח)
            }
            case '\u05BE', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return "-";   // the Hebrew maqaf and typographic dashes
            }
            case '\u0640' -> {
                return "";    // Arabic tatweel only stretches a word
            }
            default -> {
                // fall through to normalisation
            }
        }
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        // bidi marks and isolates, zero-width joiners and soft hyphens are invisible and split words
        if (Character.getType(cp) == Character.FORMAT) {
            return "";
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        // upper then lower folds case more fully than lower alone (ς, ß)
        s = withoutMarks(s).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFD)).codePoints().forEach(c -> b.appendCodePoint(
                switch (c) {
                    // أ إ آ lose their hamza/madda with the marks; ٱ (wasla) has no decomposition
                    case '\u0671' -> '\u0627';
                    // alif maqsura is typed for final ya and the other way round
                    case '\u0649', '\u06CC' -> '\u064A';
                    case '\u06A9' -> '\u0643';
                    // ة is deliberately kept apart from ه: "لكنة" (accent) is not "لكنه" (but he)
                    default -> c;
                }));
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static String withoutMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString();
    }
}
