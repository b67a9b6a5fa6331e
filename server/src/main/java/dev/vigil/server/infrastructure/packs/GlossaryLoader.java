package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.vigil.server.domain.model.text.Glossary;
import dev.vigil.server.domain.model.text.TermPattern;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the glossary, checks it against {@code glossary.schema.json} and that every word and
 * pattern compiles and every language is declared, and builds the domain {@link Glossary}.
 */
public final class GlossaryLoader {

    static final String SCHEMA = "packs/schema/glossary.schema.json";
    /** Classpath location of the bundled glossary. */
    public static final String BUNDLED = "packs/glossary/glossary.yaml";
    private static final Set<String> FIELDS = Set.of("id", "note", "consistent");

    private final JsonSchema schema = YamlDocuments.schema(SCHEMA);

    public Glossary load(String source, InputStream yaml) {
        List<String> problems = new ArrayList<>();
        JsonNode root = YamlDocuments.readChecked(source, yaml, schema, (doc, v) -> v.getMessage(), doc -> List.of());
        List<String> locales = new ArrayList<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        List<Glossary.Term> terms = new ArrayList<>();
        for (JsonNode t : root.path("terms")) {
            String id = t.path("id").asText();
            Map<String, Glossary.Wording> byLanguage = new LinkedHashMap<>();
            t.fields().forEachRemaining(e -> {
                if (FIELDS.contains(e.getKey())) {
                    return;
                }
                if (!locales.contains(e.getKey())) {
                    problems.add("term " + id + ": '" + e.getKey() + "' is not one of the locales " + locales);
                    return;
                }
                byLanguage.put(e.getKey(), wording(id, e.getKey(), e.getValue(), problems));
            });
            terms.add(new Glossary.Term(id, t.path("consistent").asBoolean(true), byLanguage));
        }
        if (!problems.isEmpty()) {
            throw new PackValidationException(source, problems);
        }
        return new Glossary(root.path("version").asText(), terms);
    }

    private static Glossary.Wording wording(String id, String lang, JsonNode node, List<String> problems) {
        List<TermPattern> forms = words(id, lang, node.path("forms"), problems);
        List<TermPattern> wrong = words(id, lang, node.path("wrong"), problems);
        List<Pattern> patterns = new ArrayList<>();
        node.path("wrongPatterns").forEach(p -> {
            try {
                patterns.add(Pattern.compile(p.asText()));
            } catch (PatternSyntaxException e) {
                problems.add("term " + id + " (" + lang + "): not a regular expression: " + p.asText());
            }
        });
        return new Glossary.Wording(node.path("term").asText(), forms, wrong, patterns);
    }

    private static List<TermPattern> words(String id, String lang, JsonNode list, List<String> problems) {
        List<TermPattern> words = new ArrayList<>();
        list.forEach(w -> {
            try {
                words.add(TermPattern.compile(w.asText(), lang));
            } catch (IllegalArgumentException e) {
                problems.add("term " + id + " (" + lang + "): " + e.getMessage());
            }
        });
        return words;
    }
}
