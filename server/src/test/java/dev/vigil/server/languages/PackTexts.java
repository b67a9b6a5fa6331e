package dev.vigil.server.languages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every text a person reads from the packs, as found in the files: each object that has an English
 * string ("en") with its translations, named by file and path. The bundled indicator, protocol,
 * linter and messages packs, and the protocol overlays in samples/.
 */
final class PackTexts {

    static final List<String> BUNDLED = List.of("packs/indicators/indicators.yaml", "packs/protocols/us-ct.yaml",
            "packs/protocols/il.yaml", "packs/linter/note-terms.yaml", "packs/messages/messages.yaml");
    static final List<Path> SAMPLES = List.of(Path.of("../samples/protocols/us-ca.yaml"),
            Path.of("../samples/protocols/us-fl.yaml"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One text in its languages. */
    record Text(String where, Map<String, String> byLanguage) {
    }

    private PackTexts() {
    }

    static List<Text> all() {
        List<Text> texts = new ArrayList<>();
        for (String resource : BUNDLED) {
            try (InputStream in = PackTexts.class.getClassLoader().getResourceAsStream(resource)) {
                collect(YAML.readTree(in), resource, texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // rule titles: English in "title", the other languages in "titles"
        try (InputStream in = PackTexts.class.getClassLoader().getResourceAsStream("packs/rules/rules.yaml")) {
            for (JsonNode rule : YAML.readTree(in).path("rules")) {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                byLanguage.put("en", rule.path("title").asText());
                rule.path("titles").fields().forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asText()));
                texts.add(new Text("packs/rules/rules.yaml.rules[" + rule.path("id").asText() + "].title", byLanguage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path sample : SAMPLES) {
            try {
                collect(YAML.readTree(Files.readString(sample)), sample.toString(), texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    static void collect(JsonNode node, String where, List<Text> texts) {
        if (node.isObject()) {
            if (node.path("en").isTextual()) {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        byLanguage.put(e.getKey(), e.getValue().asText());
                    }
                });
                texts.add(new Text(where, byLanguage));
                return;
            }
            node.fields().forEachRemaining(e -> collect(e.getValue(), where + "." + e.getKey(), texts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String name = item.hasNonNull("id") ? item.get("id").asText() : item.hasNonNull("code") ? item.get("code").asText()
                        : item.hasNonNull("key") ? item.get("key").asText() : String.valueOf(i);
                collect(item, where + "[" + name + "]", texts);
            }
        }
    }
}
