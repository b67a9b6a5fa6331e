package dev.vigil.server.domain.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word or phrase of a word list, compiled to match whole words in {@link FoldedText} the way
 * staff write them: any case and accents, words of a phrase apart by spaces or hyphens, an optional
 * apostrophe ("didnt"), a trailing {@code *} for any ending ("musulm*"), and the prefixes Hebrew
 * (ו ה ב ל כ ש מ) and Arabic (the article and و ف ب ك ل) attach to a word.
 */
public final class TermPattern {

    // \b only knows ASCII-ish word characters and misplaces boundaries in Hebrew and Arabic, so a
    // word edge is "no letter, digit or mark on that side".
    private static final String WORD_START = "(?<![\\p{L}\\p{N}\\p{M}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}\\p{M}])";
    private static final String WORD_REST = "[\\p{L}\\p{N}\\p{M}]*";
    // Words of a multi-word term may be separated by any run of spaces, line breaks or hyphens.
    private static final String BETWEEN_WORDS = "[\\s\\-]+";
    /**
     * What Hebrew and Arabic attach in front of a word, for word lists that declare none of their
     * own. Hebrew writes the one-letter words and, the, in, to, as, that, from (ו ה ב ל כ ש מ) as
     * prefixes, stacked ("וכשה"), sometimes with a hyphen before a foreign word ("ה-"). Arabic
     * attaches the article ال, optionally after و/ف and ب/ك, contracts ل + ال to لل, and attaches
     * و ف ب ك ل alone. A pack may declare these for further languages.
     */
    public static final Map<String, String> DEFAULT_PREFIXES = Map.of(
            "he", "[\u05D5\u05D4\u05D1\u05DC\u05DB\u05E9\u05DE]{1,3}-?",
            "ar", "[\u0648\u0641]?(?:\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?");
    private static final int MIN_OPEN_PREFIX = 3;

    private final String term;
    private final String language;
    private final String needle;
    private final Pattern pattern;

    private TermPattern(String term, String language, String needle, Pattern pattern) {
        this.term = term;
        this.language = language;
        this.needle = needle;
        this.pattern = pattern;
    }

    /** Compiles a term with the default prefixes of its language. */
    public static TermPattern compile(String term, String language) {
        return compile(term, language, prefixesOf(language, Map.of()));
    }

    /**
     * Compiles a term of a language's list; {@code prefixes} is a regular expression for what that
     * language attaches in front of a word (empty: nothing). Refuses a misplaced {@code *} or a too
     * short open prefix.
     */
    public static TermPattern compile(String term, String language, String prefixes) {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(language, "language");
        String folded = FoldedText.of(term.strip()).text();
        boolean open = folded.endsWith("*");
        String body = open ? folded.substring(0, folded.length() - 1) : folded;
        if (body.isBlank() || body.indexOf('*') >= 0) {
            throw new IllegalArgumentException("term '" + term + "' (" + language + "): * is only allowed once, at the end");
        }
        List<String> words = new ArrayList<>();
        for (String w : body.split("[\\s\\-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term '" + term + "' (" + language + ") has no letters");
        }
        String last = words.get(words.size() - 1);
        // a short open prefix ("ar*") would catch half the dictionary
        if (open && last.codePointCount(0, last.length()) < MIN_OPEN_PREFIX) {
            throw new IllegalArgumentException("term '" + term + "' (" + language + "): at least "
                    + MIN_OPEN_PREFIX + " letters are needed before *");
        }
        StringJoiner joined = new StringJoiner(BETWEEN_WORDS);
        words.forEach(w -> joined.add(word(w)));
        String attached = prefixes == null || prefixes.isEmpty() ? "" : "(?:" + prefixes + ")?";
        String regex = WORD_START + attached + joined + (open ? WORD_REST : "") + WORD_END;
        // the longest apostrophe-free piece of the first word must occur literally in any match:
        // a cheap test that spares running most patterns at all
        String needle = "";
        for (String piece : words.get(0).split("'")) {
            needle = piece.length() > needle.length() ? piece : needle;
        }
        return new TermPattern(term.strip(), language, needle, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }

    public String term() {
        return term;
    }

    public String language() {
        return language;
    }

    /** Where the term occurs in the folded text, as {@code [start, end)} pairs. */
    public List<int[]> spans(FoldedText text) {
        String folded = text.text();
        if (!folded.contains(needle)) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** True when the term occurs in the text. */
    public boolean occursIn(String text) {
        return text != null && !spans(FoldedText.of(text)).isEmpty();
    }

    /** A language tag as lists key it: lower case, hyphens, {@code he} for Java's legacy {@code iw}. */
    public static String languageKey(String lang) {
        String key = lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return key.equals("iw") || key.startsWith("iw-") ? "he" + key.substring(2) : key;
    }

    private static String word(String w) {
        // staff often drop or vary the apostrophe ("didnt", "didn’t"); it is optional
        StringBuilder b = new StringBuilder();
        String[] parts = w.split("'", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append("'?");
            }
            if (!parts[i].isEmpty()) {
                b.append(Pattern.quote(parts[i]));
            }
        }
        return b.toString();
    }

    /** The prefixes a language attaches: the pack's own declaration, else the default, else none. */
    public static String prefixesOf(String language, Map<String, String> declared) {
        String key = languageKey(language);
        int dash = key.indexOf('-');
        String primary = dash > 0 ? key.substring(0, dash) : key;
        for (String k : List.of(key, primary)) {
            if (declared.containsKey(k)) {
                return declared.get(k);
            }
        }
        return DEFAULT_PREFIXES.getOrDefault(primary, "");
    }
}
