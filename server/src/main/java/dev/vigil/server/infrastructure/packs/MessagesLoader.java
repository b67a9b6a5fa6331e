package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.vigil.server.domain.model.text.Messages;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the messages pack, checks it against {@code messages.schema.json} and what a schema cannot
 * say: every message in every declared language, every pattern valid, and no translation that uses
 * an argument the English one does not have (it would stay empty). Every problem names the key.
 */
public final class MessagesLoader {

    static final String SCHEMA = "packs/schema/messages.schema.json";
    /** Classpath location of the bundled pack. */
    public static final String BUNDLED = "packs/messages/messages.yaml";

    private final JsonSchema schema = YamlDocuments.schema(SCHEMA);

    public Messages load(String source, InputStream yaml) {
        JsonNode root = YamlDocuments.readChecked(source, yaml, schema, (doc, v) -> v.getMessage(), MessagesLoader::crossChecks);
        List<String> locales = new ArrayList<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        // the fallback first: composers that write every language start with it
        locales.remove(Messages.FALLBACK);
        locales.add(0, Messages.FALLBACK);
        Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
        root.path("messages").fields().forEachRemaining(m -> {
            Map<String, String> byLang = new LinkedHashMap<>();
            m.getValue().fields().forEachRemaining(t -> byLang.put(t.getKey(), t.getValue().asText()));
            patterns.put(m.getKey(), byLang);
        });
        return new IcuMessages(locales, patterns);
    }

    private static List<String> crossChecks(JsonNode root) {
        List<String> problems = new ArrayList<>();
        Set<String> locales = new TreeSet<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        root.path("messages").fields().forEachRemaining(m -> {
            String key = m.getKey();
            for (String lang : locales) {
                if (!m.getValue().has(lang)) {
                    problems.add("message " + key + ": no '" + lang + "' text");
                }
            }
            Set<String> english = arguments(key, "en", m.getValue().path("en").asText(), problems);
            m.getValue().fields().forEachRemaining(t -> {
                if (!locales.contains(t.getKey())) {
                    problems.add("message " + key + ": '" + t.getKey() + "' is not one of the pack's locales " + locales);
                    return;
                }
                Set<String> own = arguments(key, t.getKey(), t.getValue().asText(), problems);
                if (english != null && own != null && !english.containsAll(own)) {
                    Set<String> unknown = new TreeSet<>(own);
                    unknown.removeAll(english);
                    problems.add("message " + key + " (" + t.getKey() + "): uses " + unknown
                            + ", which the English text does not give");
                }
            });
        });
        return problems;
    }

    private static Set<String> arguments(String key, String lang, String pattern, List<String> problems) {
        try {
            return new TreeSet<>(IcuMessages.compile(pattern, lang).getArgumentNames());
        } catch (IllegalArgumentException e) {
            problems.add("message " + key + " (" + lang + "): not a valid message pattern: " + e.getMessage());
            return null;
        }
    }

}
