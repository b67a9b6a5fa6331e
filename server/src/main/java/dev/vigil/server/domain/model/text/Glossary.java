package dev.vigil.server.domain.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fixed translation of each key term (guest, room, possible minor, duty manager, hotline,
 * victim, ...) per language, with the variants that must not be used. A text in several languages
 * is checked against it: where the English uses a term, each translation must use one of its
 * language's forms; a wrong variant may appear in no text of its language.
 */
public final class Glossary {

    /** One language's side of a term: the preferred wording, the forms that count, what is wrong. */
    public record Wording(String term, List<TermPattern> forms, List<TermPattern> wrong, List<Pattern> wrongPatterns) {
        public Wording {
            forms = List.copyOf(forms);
            wrong = List.copyOf(wrong);
            wrongPatterns = List.copyOf(wrongPatterns);
        }
    }

    /**
     * A term; {@code consistent} false when only its wrong variants are checked (an English word
     * with too many senses for one translation).
     */
    public record Term(String id, boolean consistent, Map<String, Wording> byLanguage) {
        public Term {
            Objects.requireNonNull(id, "id");
            byLanguage = Map.copyOf(byLanguage);
        }
    }

    /** A text that breaks the glossary, and how. */
    public record Finding(String term, String lang, String problem) {
        @Override
        public String toString() {
            return lang + " [" + term + "]: " + problem;
        }
    }

    private final String version;
    private final List<Term> terms;

    public Glossary(String version, List<Term> terms) {
        this.version = Objects.requireNonNull(version, "version");
        this.terms = List.copyOf(terms);
    }

    public String version() {
        return version;
    }

    public List<Term> terms() {
        return terms;
    }

    /** Problems of one text given in several languages (keyed by language; English is the reference). */
    public List<Finding> check(Map<String, String> textByLanguage) {
        List<Finding> findings = new ArrayList<>();
        String english = textByLanguage.get(Messages.FALLBACK);
        for (Term term : terms) {
            Wording en = term.byLanguage().get(Messages.FALLBACK);
            boolean used = english != null && en != null && en.forms().stream().anyMatch(f -> f.occursIn(english));
            textByLanguage.forEach((lang, raw) -> {
                Wording wording = term.byLanguage().get(lang);
                if (wording == null || raw == null) {
                    return;
                }
                String text = BidiText.strip(raw);
                for (TermPattern wrong : wording.wrong()) {
                    if (wrong.occursIn(text)) {
                        findings.add(new Finding(term.id(), lang, "uses '" + wrong.term() + "'; the glossary says '"
                                + wording.term() + "': " + raw));
                    }
                }
                for (Pattern wrong : wording.wrongPatterns()) {
                    if (wrong.matcher(text).find()) {
                        findings.add(new Finding(term.id(), lang, "matches /" + wrong.pattern() + "/: " + raw));
                    }
                }
                if (used && term.consistent() && !lang.equals(Messages.FALLBACK) && !wording.forms().isEmpty()
                        && wording.forms().stream().noneMatch(f -> f.occursIn(text))) {
                    findings.add(new Finding(term.id(), lang, "the English says '" + en.term() + "' but this text does not say '"
                            + wording.term() + "': " + raw));
                }
            });
        }
        return findings;
    }
}
