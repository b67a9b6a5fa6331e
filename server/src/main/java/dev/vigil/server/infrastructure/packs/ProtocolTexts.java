package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.model.protocol.ContextNote;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a protocol pack people read, beyond its actions: the languages it declares (every
 * text must be in each of them), its reporter guidance lines and its context notes.
 */
final class ProtocolTexts {

    private ProtocolTexts() {
    }

    /** The declared languages, English first; a pack that declares none speaks English. */
    static List<String> locales(JsonNode doc) {
        List<String> locales = new ArrayList<>(List.of("en"));
        doc.path("locales").forEach(l -> {
            if (!locales.contains(l.asText())) {
                locales.add(l.asText());
            }
        });
        return locales;
    }

    static List<GuidanceLine> guidance(JsonNode doc) {
        List<GuidanceLine> lines = new ArrayList<>();
        doc.path("guidance").forEach(g -> lines.add(new GuidanceLine(g.path("key").asText(),
                ProtocolPackLoader.texts(g.path("text")))));
        return lines;
    }

    static List<ContextNote> context(JsonNode doc) {
        List<ContextNote> notes = new ArrayList<>();
        doc.path("context").forEach(c -> notes.add(new ContextNote(c.path("id").asText(),
                ProtocolPackLoader.texts(c.path("text")), ProtocolPackLoader.provenance(c))));
        return notes;
    }

    /** Every text object (an object whose "en" is a string) must give every declared language. */
    static List<String> problems(JsonNode doc) {
        List<String> locales = locales(doc);
        List<String> problems = new ArrayList<>();
        walk(doc, "$", locales, problems);
        if (doc.hasNonNull("defaultLanguage") && !locales.contains(doc.get("defaultLanguage").asText())) {
            problems.add("defaultLanguage " + doc.get("defaultLanguage").asText() + " is not one of the locales " + locales);
        }
        return problems;
    }

    private static void walk(JsonNode node, String path, List<String> locales, List<String> problems) {
        if (node.isObject()) {
            if (node.path("en").isTextual()) {
                for (String lang : locales) {
                    if (node.path(lang).asText("").isBlank()) {
                        problems.add(path + ": no '" + lang + "' text (the pack's locales are " + locales + ")");
                    }
                }
                return;
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), locales, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String name = item.hasNonNull("id") ? item.get("id").asText() : item.hasNonNull("key") ? item.get("key").asText()
                        : String.valueOf(i);
                walk(item, path + "[" + name + "]", locales, problems);
            }
        }
    }
}
