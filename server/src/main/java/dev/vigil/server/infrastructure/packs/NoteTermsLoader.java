package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.vigil.server.domain.service.NoteLinter;
import dev.vigil.server.domain.service.NoteLinter.Topic;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the note linter's word lists from YAML, checks them against {@code note-terms.schema.json}
 * and what a schema cannot say (a term belongs to one topic only, every term compiles), and builds
 * the domain {@link NoteLinter}. Every problem names the file and the entry.
 */
public final class NoteTermsLoader {

    static final String SCHEMA = "packs/schema/note-terms.schema.json";
    /** Classpath location of the bundled lists. */
    public static final String BUNDLED = "packs/linter/note-terms.yaml";

    // $.terms.en.APPEARANCE[3], $.ignore.he[0], $.messages.RELIGION.ar
    private static final Pattern ENTRY_PATH =
            Pattern.compile("^\\$\\.(terms|ignore)\\.([^.\\[]+)(?:\\.([A-Za-z_]+))?\\[(\\d+)]");
    private static final Pattern MESSAGE_PATH = Pattern.compile("^\\$\\.messages\\.([A-Za-z_]+)(?:\\.([^.\\[]+))?");

    private final JsonSchema schema = YamlDocuments.schema(SCHEMA);

    public NoteLinter load(String source, InputStream yaml) {
        JsonNode root = YamlDocuments.readChecked(source, yaml, schema, NoteTermsLoader::describe, NoteTermsLoader::crossChecks);
        try {
            Map<String, String> prefixes = new LinkedHashMap<>();
            root.path("prefixes").fields().forEachRemaining(p -> prefixes.put(p.getKey(), p.getValue().asText()));
            return new NoteLinter(root.path("version").asText(), terms(root), messages(root), ignored(root), prefixes);
        } catch (IllegalArgumentException e) {
            // the schema mirrors the linter's own rules; this only fires if the two drift apart
            throw new PackValidationException(source, List.of(e.getMessage()));
        }
    }

    private static String describe(JsonNode root, ValidationMessage violation) {
        String path = String.valueOf(violation.getInstanceLocation());
        Matcher entry = ENTRY_PATH.matcher(path);
        if (entry.find()) {
            JsonNode list = root.path(entry.group(1)).path(entry.group(2));
            String where = entry.group(1) + " " + entry.group(2);
            if (entry.group(3) != null) {
                list = list.path(entry.group(3));
                where += "/" + entry.group(3);
            }
            int index = Integer.parseInt(entry.group(4));
            JsonNode value = list.path(index);
            String shown = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
            return where + ", entry " + (index + 1) + " " + shown + ": " + (isPattern(violation)
                    ? "words must be separated by single spaces, with no space at either end, and * may only"
                            + " end the term after at least 3 letters"
                    : violation.getMessage());
        }
        Matcher message = MESSAGE_PATH.matcher(path);
        if (message.find()) {
            return "message " + message.group(1) + (message.group(2) != null ? " " + message.group(2) : "") + ": "
                    + (isPattern(violation) ? "must contain the {term} placeholder" : violation.getMessage());
        }
        return violation.getMessage();
    }

    // a regular expression in an error helps nobody who edits a word list
    private static boolean isPattern(ValidationMessage violation) {
        return "pattern".equals(violation.getType());
    }

    /** A word in two topics would produce two contradicting warnings; the same word twice is a slip. */
    private static List<String> crossChecks(JsonNode root) {
        List<String> problems = new ArrayList<>();
        root.path("messages").fields().forEachRemaining(topic -> root.path("locales").forEach(lang -> {
            if (topic.getValue().path(lang.asText()).asText("").isBlank()) {
                problems.add("message " + topic.getKey() + ": no '" + lang.asText() + "' text");
            }
        }));
        root.path("prefixes").fields().forEachRemaining(p -> {
            try {
                Pattern.compile(p.getValue().asText());
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add("prefixes " + p.getKey() + ": not a regular expression: " + e.getDescription());
            }
        });
        Map<String, String> firstSeen = new LinkedHashMap<>();
        root.path("terms").fields().forEachRemaining(language -> language.getValue().fields().forEachRemaining(topic -> {
            String where = language.getKey() + "/" + topic.getKey();
            for (JsonNode term : topic.getValue()) {
                String key = key(term.asText());
                String earlier = firstSeen.putIfAbsent(key, where);
                if (earlier == null) {
                    continue;
                }
                String at = "terms " + where + ", entry '" + term.asText() + "': ";
                if (earlier.equals(where)) {
                    problems.add(at + "listed twice");
                } else if (!earlier.endsWith("/" + topic.getKey())) {
                    problems.add(at + "also listed under " + earlier + "; a term belongs to one topic only");
                }
            }
        }));
        return problems;
    }

    private static String key(String term) {
        return Normalizer.normalize(term.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Map<Topic, List<String>>> terms(JsonNode root) {
        Map<String, Map<Topic, List<String>>> byLanguage = new LinkedHashMap<>();
        root.path("terms").fields().forEachRemaining(language -> {
            Map<Topic, List<String>> byTopic = new EnumMap<>(Topic.class);
            language.getValue().fields().forEachRemaining(topic ->
                    byTopic.put(Topic.valueOf(topic.getKey()), strings(topic.getValue())));
            byLanguage.put(language.getKey(), byTopic);
        });
        return byLanguage;
    }

    private static Map<Topic, Map<String, String>> messages(JsonNode root) {
        Map<Topic, Map<String, String>> byTopic = new EnumMap<>(Topic.class);
        root.path("messages").fields().forEachRemaining(topic -> {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            topic.getValue().fields().forEachRemaining(text -> byLanguage.put(text.getKey(), text.getValue().asText()));
            byTopic.put(Topic.valueOf(topic.getKey()), byLanguage);
        });
        return byTopic;
    }

    private static Map<String, List<String>> ignored(JsonNode root) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        root.path("ignore").fields().forEachRemaining(language ->
                byLanguage.put(language.getKey(), strings(language.getValue())));
        return byLanguage;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
