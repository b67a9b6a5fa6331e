package dev.vigil.server.domain.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Domain service: spots words in a free-text note that describe who someone is rather than what they did. */
public final class NoteLinter {

    /** What a note should not describe about a person. */
    public enum Topic { NATIONALITY, ETHNICITY, RELIGION, LANGUAGE, APPEARANCE }

    /** A topic found in a note: the list entry that matched and the language of the list it is in. */
    public record Finding(Topic topic, String term, String language) {
    }

    /** A reminder for the reporter; {@code code} is {@code NOTE_DESCRIBES_<TOPIC>}. */
    public record Warning(String code, String message) {
    }

    public static final String CODE_PREFIX = "NOTE_DESCRIBES_";
    private static final String FALLBACK_LANGUAGE = "en";
    private static final String TERM_PLACEHOLDER = "{term}";

    // \b only knows ASCII-ish word characters and misplaces boundaries in Hebrew and Arabic, so a
    // word edge is "no letter, digit or mark on that side".
    private static final String WORD_START = "(?<![\\p{L}\\p{N}\\p{M}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}\\p{M}])";
    private static final String WORD_REST = "[\\p{L}\\p{N}\\p{M}]*";
    // Words of a multi-word term may be separated by any run of spaces, line breaks or hyphens.
    private static final String BETWEEN_WORDS = "[\\s\\-]+";
    // Hebrew writes the one-letter words and, the, in, to, as, that, from (ו ה ב ל כ ש מ) as prefixes,
    // stacked ("וכשה"), sometimes with a hyphen before a foreign word ("ה-").
    private static final String HEBREW_PREFIXES = "(?:[\u05D5\u05D4\u05D1\u05DC\u05DB\u05E9\u05DE]{1,3}-?)?";
    // Arabic attaches the article ال, optionally after و/ف and ب/ك, contracts ل + ال to لل, and
    // attaches و ف ب ك ل alone.
    private static final String ARABIC_PREFIXES = "(?:[\u0648\u0641]?(?:\u0627\u0644|\u0628\u0627\u0644"
            + "|\u0643\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?)";
    private static final int MIN_OPEN_PREFIX = 3;

    private final String version;
    private final List<Entry> entries;
    private final List<Entry> ignored;
    private final Map<Topic, Map<String, String>> messages;

    public NoteLinter(String version, Map<String, Map<Topic, List<String>>> termsByLanguage,
            Map<Topic, Map<String, String>> messages) {
        this(version, termsByLanguage, messages, Map.of());
    }

    /**
     * @param ignoredPhrases per language, phrases about things rather than people ("dress code",
     *     "Egyptian cotton"); a hit lying wholly inside one of them does not count
     */
    public NoteLinter(String version, Map<String, Map<Topic, List<String>>> termsByLanguage,
            Map<Topic, Map<String, String>> messages, Map<String, List<String>> ignoredPhrases) {
        this.version = Objects.requireNonNull(version, "version");
        Objects.requireNonNull(termsByLanguage, "termsByLanguage");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(ignoredPhrases, "ignoredPhrases");
        List<Entry> compiled = new ArrayList<>();
        termsByLanguage.forEach((language, byTopic) -> {
            for (Topic topic : Topic.values()) {
                for (String term : byTopic.getOrDefault(topic, List.of())) {
                    compiled.add(Entry.of(topic, term, language, compiled.size()));
                }
            }
        });
        this.entries = List.copyOf(compiled);
        List<Entry> skip = new ArrayList<>();
        ignoredPhrases.forEach((language, phrases) ->
                phrases.forEach(phrase -> skip.add(Entry.of(null, phrase, language, skip.size()))));
        this.ignored = List.copyOf(skip);
        Map<Topic, Map<String, String>> texts = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            messages.getOrDefault(topic, Map.of()).forEach((lang, text) -> byLanguage.put(languageKey(lang), text));
            // the English text is the fallback for every other language, so it must exist
            if (byLanguage.getOrDefault(FALLBACK_LANGUAGE, "").isBlank()) {
                throw new IllegalArgumentException("no English warning for topic " + topic);
            }
            texts.put(topic, Map.copyOf(byLanguage));
        }
        this.messages = texts;
    }

    /** Version of the word lists, recorded with a flagged note so an audit can tell which lists fired. */
    public String version() {
        return version;
    }

    /** Topics the note touches, in the order they appear, each once with the first term found. */
    public List<Finding> findings(String note) {
        return hits(note).stream().map(h -> new Finding(h.entry.topic, h.entry.term, h.entry.language)).toList();
    }

    /** One reminder per topic found, in {@code lang} (English when that language has no text). */
    public List<Warning> warnings(String note, String lang) {
        return hits(note).stream()
                .map(h -> new Warning(CODE_PREFIX + h.entry.topic.name(),
                        message(h.entry.topic, lang).replace(TERM_PLACEHOLDER, h.written)))
                .toList();
    }

    private String message(Topic topic, String lang) {
        Map<String, String> byLanguage = messages.get(topic);
        String key = lang == null ? FALLBACK_LANGUAGE : languageKey(lang);
        String text = byLanguage.get(key);
        if (text == null) {
            int dash = key.indexOf('-');
            text = dash > 0 ? byLanguage.get(key.substring(0, dash)) : null;
        }
        return text != null ? text : byLanguage.get(FALLBACK_LANGUAGE);
    }

    private List<Hit> hits(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        Folded folded = Folded.of(note);
        List<int[]> skipped = new ArrayList<>();
        for (Entry phrase : ignored) {
            phrase.spans(folded.text).forEach(skipped::add);
        }
        List<Hit> all = new ArrayList<>();
        for (Entry entry : entries) {
            for (int[] span : entry.spans(folded.text)) {
                boolean inIgnoredPhrase = skipped.stream().anyMatch(s -> s[0] <= span[0] && span[1] <= s[1]);
                if (!inIgnoredPhrase) {
                    all.add(new Hit(entry, span[0], span[1], folded.original(note, span[0], span[1])));
                }
            }
        }
        // "foreign language" is about language, not nationality: a hit inside a longer hit of
        // another topic says nothing of its own
        List<Hit> kept = all.stream()
                .filter(h -> all.stream().noneMatch(o -> o.entry.topic != h.entry.topic
                        && o.start <= h.start && h.end <= o.end && o.length() > h.length()))
                .sorted(Comparator.comparingInt((Hit h) -> h.start)
                        .thenComparing(Comparator.comparingInt(Hit::length).reversed())
                        .thenComparingInt(h -> h.entry.order))
                .toList();
        Map<Topic, Hit> first = new EnumMap<>(Topic.class);
        kept.forEach(h -> first.putIfAbsent(h.entry.topic, h));
        return first.values().stream().sorted(Comparator.comparingInt((Hit h) -> h.start)).toList();
    }

    private static String languageKey(String lang) {
        String key = lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        // Java's legacy code for Hebrew
        return key.equals("iw") || key.startsWith("iw-") ? "he" + key.substring(2) : key;
    }

    /** One list term (or ignored phrase) compiled for matching. */
    private record Entry(Topic topic, String term, String language, int order, String needle, Pattern pattern) {

        static Entry of(Topic topic, String term, String language, int order) {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(language, "language");
            String folded = Folded.of(term.strip()).text;
            boolean open = folded.endsWith("*");
            String body = open ? folded.substring(0, folded.length() - 1) : folded;
            if (body.isBlank() || body.indexOf('*') >= 0) {
                throw new IllegalArgumentException("term '" + term + "' (" + language
                        + "): * is only allowed once, at the end");
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
            String regex = WORD_START + attachedPrefixes(language) + joined + (open ? WORD_REST : "") + WORD_END;
            // the longest apostrophe-free piece of the first word must occur literally in any match:
            // a cheap test that spares running most patterns at all
            String needle = "";
            for (String piece : words.get(0).split("'")) {
                needle = piece.length() > needle.length() ? piece : needle;
            }
            return new Entry(topic, term.strip(), language, order, needle,
                    Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
        }

        List<int[]> spans(String text) {
            if (!text.contains(needle)) {
                return List.of();
            }
            List<int[]> spans = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            return spans;
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

        private static String attachedPrefixes(String language) {
            String primary = languageKey(language);
            int dash = primary.indexOf('-');
            primary = dash > 0 ? primary.substring(0, dash) : primary;
            return switch (primary) {
                case "he" -> HEBREW_PREFIXES;
                case "ar" -> ARABIC_PREFIXES;
                default -> "";
            };
        }
    }

    private record Hit(Entry entry, int start, int end, String written) {
        int length() {
            return end - start;
        }
    }

    /**
     * Text as matched: NFKC, case-folded, without accents, niqqud or harakat, with Arabic letter
     * variants unified and typographic apostrophes, quotes and dashes made plain. {@code from}/{@code to}
     * give, per folded char, the original chars it came from, so the reporter is shown their own words.
     */
    private record Folded(String text, int[] from, int[] to) {

        static Folded of(String original) {
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
            return new Folded(out.toString(), from, to);
        }

        String original(String note, int start, int end) {
            return note.substring(from[start], to[end - 1]).replaceAll("\\s+", " ").strip();
        }

        // Folding one code point at a time keeps the offset map exact; marks are dropped anyway,
        // so the result equals folding the whole string.
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
            // bidi marks, zero-width joiners and soft hyphens are invisible and split words
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
}
