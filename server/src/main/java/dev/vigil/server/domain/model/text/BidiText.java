package dev.vigil.server.domain.model.text;

import java.util.Map;

/**
 * Keeps numbers readable inside right-to-left text. In a Hebrew or Arabic sentence the bidi
 * algorithm lays a run such as {@code 1-888-373-7888}, {@code 23-20} or {@code CGS 17a-101b} out in
 * pieces, right to left ({@code 7888-373-888-1} after Arabic words). Wrapping each left-to-right
 * run in LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE (U+2066 ... U+2069), and each
 * substituted value in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068 ... U+2069), keeps
 * it in its own order whatever surrounds it. Text whose own words have no right-to-left letter
 * (values isolated in it aside) is left exactly as it is. Every place that composes or fills in
 * text a person reads calls this routine.
 */
public final class BidiText {

    public static final char LRI = '\u2066';
    public static final char RLI = '\u2067';
    public static final char FSI = '\u2068';
    public static final char PDI = '\u2069';
    private static final char ARABIC_COMMA = '\u060C';

    private BidiText() {
    }

    /** True when the text holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, ...). */
    public static boolean hasRightToLeft(CharSequence text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(BidiText::rightToLeft);
    }

    /**
     * Isolates every left-to-right run (numbers, phone numbers, short codes, room numbers, plates,
     * dates, statute ids, Latin names) of a text that holds right-to-left letters, and turns an
     * Arabic comma between two such runs into a Latin one so that the run stays whole. Runs already
     * inside an isolate are left alone, so calling it twice changes nothing.
     */
    public static String isolate(String text) {
        if (text == null || !rightToLeftOutsideIsolates(text)) {
            return text;
        }
        String t = latinCommas(text);
        StringBuilder out = new StringBuilder(t.length() + 16);
        int depth = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == LRI || c == RLI || c == FSI) {
                depth++;
            } else if (c == PDI) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && startsRun(t, i)) {
                int end = endOfRun(t, i);
                out.append(LRI).append(t, i, end).append(PDI);
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Fills {@code {NAME}} placeholders. A value goes in as its own isolate when the template or
     * the value holds right-to-left letters; then the literal runs of the result are isolated.
     */
    public static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        boolean rtl = hasRightToLeft(template);
        String result = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            String placeholder = "{" + v.getKey() + "}";
            if (result.contains(placeholder)) {
                String value = v.getValue() == null ? "" : v.getValue();
                result = result.replace(placeholder, rtl || hasRightToLeft(value) ? value(value) : value);
            }
        }
        return isolate(result);
    }

    /**
     * A value in a first-strong isolate: it keeps its own direction and leaves its neighbours theirs.
     * A right-to-left value has its own numbers isolated first: {@link #isolate} does not look inside
     * an isolate, so an Arabic step text substituted whole would otherwise show its phone number backwards.
     */
    public static String value(String value) {
        if (value == null || value.isEmpty() || (value.charAt(0) == FSI && value.charAt(value.length() - 1) == PDI)) {
            return value;
        }
        return FSI + isolate(value) + PDI;
    }

    /** The text without isolates and directional marks, e.g. to compare it with its source. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !control(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether the text's own words (not values already isolated in it) are right to left. */
    private static boolean rightToLeftOutsideIsolates(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == LRI || cp == RLI || cp == FSI) {
                depth++;
            } else if (cp == PDI) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && rightToLeft(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean control(int cp) {
        return (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0x202A && cp <= 0x202E) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    private static boolean rightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** A letter of a left-to-right script or a European digit. */
    private static boolean leftToRight(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
    }

    private static boolean startsRun(String t, int i) {
        char c = t.charAt(i);
        return leftToRight(c) || (c == '+' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))
                && leftToRight(t.charAt(i + 1)));
    }

    /** Punctuation that may join the parts of one run: 1-800-842-2288, 24/7, 10:00, CGS 17a-101b, 1-800-842-2288, TDD ... */
    private static boolean joiner(char c) {
        return c == ' ' || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '.'
                || c == '/' || c == ':' || c == ',' || c == '+' || c == '#' || c == '_' || c == '%';
    }

    private static int endOfRun(String t, int start) {
        int lastGood = start + 1;
        for (int j = start + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (leftToRight(c)) {
                lastGood = j + 1;
            } else if (!joiner(c)) {
                break;
            }
        }
        // a percent sign right after digits belongs to the number
        if (lastGood < t.length() && t.charAt(lastGood) == '%') {
            lastGood++;
        }
        return lastGood;
    }

    /** "1-800-842-2288، TDD 1-800-624-5518": an Arabic comma inside a Latin run splits it; a Latin one does not. */
    private static String latinCommas(String t) {
        if (t.indexOf(ARABIC_COMMA) < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t);
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == ARABIC_COMMA && neighbour(b, i, -1) && neighbour(b, i, +1)) {
                b.setCharAt(i, ',');
            }
        }
        return b.toString();
    }

    private static boolean neighbour(CharSequence s, int at, int step) {
        for (int j = at + step; j >= 0 && j < s.length(); j += step) {
            char c = s.charAt(j);
            if (c != ' ' && c != '\u00A0') {
                return leftToRight(c);
            }
        }
        return false;
    }
}
