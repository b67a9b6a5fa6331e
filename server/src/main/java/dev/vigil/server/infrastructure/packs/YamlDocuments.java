package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Reads YAML pack files into JSON trees and checks them against a JSON Schema from the classpath. */
final class YamlDocuments {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private YamlDocuments() {
    }

    static JsonNode read(String source, InputStream in) {
        try {
            JsonNode node = YAML.readTree(in);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new PackValidationException(source, List.of("the file is empty"));
            }
            return node;
        } catch (IOException e) {
            throw new PackValidationException(source, List.of("not valid YAML: " + firstLine(e.getMessage())));
        }
    }

    static JsonSchema schema(String classpathResource) {
        try (InputStream in = YamlDocuments.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the build: " + classpathResource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a pack and checks it: schema first (each violation described by the caller, so it can
     * name the item), then the caller's own checks; any problem refuses the whole file.
     */
    static JsonNode readChecked(String source, InputStream in, JsonSchema schema,
                                java.util.function.BiFunction<JsonNode, ValidationMessage, String> describe,
                                java.util.function.Function<JsonNode, List<String>> crossChecks) {
        JsonNode root = read(source, in);
        List<String> problems = new java.util.ArrayList<>();
        for (ValidationMessage violation : violations(schema, root)) {
            problems.add(describe.apply(root, violation));
        }
        if (problems.isEmpty()) {
            problems.addAll(crossChecks.apply(root));
        }
        if (!problems.isEmpty()) {
            throw new PackValidationException(source, problems);
        }
        return root;
    }

    /** Schema violations, ordered by where they occur. */
    static List<ValidationMessage> violations(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> String.valueOf(m.getInstanceLocation()))
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
