package dev.vigil.server.domain.service;

import dev.vigil.server.domain.model.text.BidiText;
import dev.vigil.server.domain.model.text.FoldedText;
import dev.vigil.server.domain.model.text.TermPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private static final String TERM = "term";

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
        this(version, termsByLanguage, messages, ignoredPhrases, Map.of());
    }

    /**
     * @param prefixes per language, what it attaches in front of a word, as a regular expression
     *     (see {@link TermPattern#DEFAULT_PREFIXES}, used for languages not named here)
     */
    public NoteLinter(String version, Map<String, Map<Topic, List<String>>> termsByLanguage,
            Map<Topic, Map<String, String>> messages, Map<String, List<String>> ignoredPhrases,
            Map<String, String> prefixes) {
        this.version = Objects.requireNonNull(version, "version");
        Objects.requireNonNull(termsByLanguage, "termsByLanguage");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(ignoredPhrases, "ignoredPhrases");
        List<Entry> compiled = new ArrayList<>();
        termsByLanguage.forEach((language, byTopic) -> {
            for (Topic topic : Topic.values()) {
                for (String term : byTopic.getOrDefault(topic, List.of())) {
                    compiled.add(new Entry(topic, TermPattern.compile(term, language,
                            TermPattern.prefixesOf(language, prefixes)), compiled.size()));
                }
            }
        });
        this.entries = List.copyOf(compiled);
        List<Entry> skip = new ArrayList<>();
        ignoredPhrases.forEach((language, phrases) ->
                phrases.forEach(phrase -> skip.add(new Entry(null, TermPattern.compile(phrase, language,
                        TermPattern.prefixesOf(language, prefixes)), skip.size()))));
        this.ignored = List.copyOf(skip);
        Map<Topic, Map<String, String>> texts = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            messages.getOrDefault(topic, Map.of()).forEach((lang, text) -> byLanguage.put(TermPattern.languageKey(lang), text));
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
        return hits(note).stream().map(h -> new Finding(h.entry.topic, h.entry.term.term(), h.entry.term.language())).toList();
    }

    /** One reminder per topic found, in {@code lang} (English when that language has no text). */
    public List<Warning> warnings(String note, String lang) {
        return hits(note).stream()
                .map(h -> new Warning(CODE_PREFIX + h.entry.topic.name(),
                        BidiText.fill(message(h.entry.topic, lang), Map.of(TERM, h.written))))
                .toList();
    }

    private String message(Topic topic, String lang) {
        Map<String, String> byLanguage = messages.get(topic);
        String key = lang == null ? FALLBACK_LANGUAGE : TermPattern.languageKey(lang);
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
        FoldedText folded = FoldedText.of(note);
        List<int[]> skipped = new ArrayList<>();
        for (Entry phrase : ignored) {
            phrase.term.spans(folded).forEach(skipped::add);
        }
        List<Hit> all = new ArrayList<>();
        for (Entry entry : entries) {
            for (int[] span : entry.term.spans(folded)) {
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

    /** One list term (or ignored phrase) and its place in the lists. */
    private record Entry(Topic topic, TermPattern term, int order) {
    }

    private record Hit(Entry entry, int start, int end, String written) {
        int length() {
            return end - start;
        }
    }
}
