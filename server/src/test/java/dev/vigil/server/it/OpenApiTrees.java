package dev.vigil.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * OpenAPI documents as trees: written with sorted keys (the top level in the specification's order),
 * and compared regardless of the order of keys, of parameters and of lists of plain values, which
 * the application server does not keep stable between builds.
 */
final class OpenApiTrees {

    private static final List<String> TOP = List.of("openapi", "info", "servers", "security", "tags", "paths", "components");

    private OpenApiTrees() {
    }

    /** A copy with object keys sorted; the top level keeps the order readers expect. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(Comparator.<String>comparingInt(k -> TOP.contains(k) && node.has("openapi") ? TOP.indexOf(k) : TOP.size())
                    .thenComparing(Comparator.naturalOrder()));
            keys.forEach(k -> out.set(k, sorted(node.get(k))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }

    /** JSON pointers where the two documents differ, at most 40. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        diff("", normal(expected), normal(actual), found);
        return found.size() > 40 ? found.subList(0, 40) : found;
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!expected.has(key)) {
                    found.add(child + ": only served");
                } else if (!actual.has(key)) {
                    found.add(child + ": only in the file");
                } else {
                    diff(child, expected.get(key), actual.get(key), found);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(at + "/" + i, expected.get(i), actual.get(i), found);
            }
        } else {
            found.add(at + ": file " + abbreviate(expected) + ", served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    /** Arrays of plain values and parameter lists in a fixed order; everything else as it is. */
    private static JsonNode normal(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), normal(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normal(item)));
            boolean plain = items.stream().allMatch(JsonNode::isValueNode);
            boolean parameters = items.stream().allMatch(i -> i.has("in") && i.has("name"));
            if (plain) {
                items.sort(Comparator.comparing(JsonNode::asText));
            } else if (parameters) {
                items.sort(Comparator.comparing((JsonNode i) -> i.get("in").asText()).thenComparing(i -> i.get("name").asText()));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }
}
