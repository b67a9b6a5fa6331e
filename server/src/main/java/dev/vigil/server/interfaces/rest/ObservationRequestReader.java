package dev.vigil.server.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.observation.FileObservationCommand;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.ids.IdentifierText;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a filing body by hand rather than by data binding, so that a wrong type, an unknown field
 * or malformed JSON is reported with the field it concerns, all problems at once.
 */
final class ObservationRequestReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final Set<String> FIELDS = Set.of("propertyId", "observedAt", "reporter", "location",
            "reservationRef", "indicators", "subjects", "note");

    private final List<FieldError> errors = new ArrayList<>();

    /** The command, carrying any type errors for the use case to report with its own findings. */
    FileObservationCommand read(String body, Caller caller, String idempotencyKey, List<String> languages) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "unknown field"));
            }
        });
        JsonNode reporter = object(root, "reporter");
        JsonNode location = object(root, "location");
        if (reporter != null) {
            unknownFields(reporter, "reporter", Set.of("id", "role"));
        }
        if (location != null) {
            unknownFields(location, "location", Set.of("room", "area"));
        }
        FileObservationCommand command = new FileObservationCommand(caller,
                identifier(root, "propertyId", "propertyId"),
                time(root.get("observedAt")),
                identifier(reporter, "id", "reporter.id"),
                text(reporter, "role", "reporter.role"),
                identifier(location, "room", "location.room"),
                identifier(location, "area", "location.area"),
                identifier(root, "reservationRef", "reservationRef"),
                codes(root.get("indicators")),
                subjects(root.get("subjects")),
                text(root, "note", "note"),
                idempotencyKey, canonical(root), languages, errors);
        return command;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("body", "the request body is empty; send a JSON object");
        }
        // strictly (depth, sizes, duplicate keys, trailing data), as every other body; see StrictJson
        JsonNode root = StrictJson.read(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                StrictJson.MAPPER.getTypeFactory().constructType(JsonNode.class));
        if (root == null) {
            throw new InvalidRequestException("body", "the request body is empty; send a JSON object");
        }
        return root;
    }

    private JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(field, "must be an object"));
            return null;
        }
        return node;
    }

    private String text(JsonNode parent, String field, String path) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(path, "must be a string"));
            return null;
        }
        return node.asText();
    }

    /**
     * An identifier or a room number, in {@link IdentifierText}'s normal form, so that {@code 2\u200b16} is room
     * {@code 216}; one that would show reordered on screen is refused.
     */
    private String identifier(JsonNode parent, String field, String path) {
        String value = text(parent, field, path);
        if (IdentifierText.hasDirectionControls(value)) {
            errors.add(new FieldError(path, "must not contain direction control characters"));
            return null;
        }
        return IdentifierText.normalize(value);
    }

    private OffsetDateTime time(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError("observedAt", "must be a string in ISO-8601 with offset"));
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("observedAt",
                    "must be ISO-8601 with an offset, e.g. 2026-11-22T14:05:00-05:00 or 2026-11-22T19:05:00Z"));
            return null;
        }
    }

    private List<String> codes(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError("indicators", "must be an array of indicator codes"));
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode code = node.get(i);
            if (code.isTextual()) {
                codes.add(code.asText());
            } else {
                codes.add(null); // keeps positions, so later messages name the right index
                errors.add(new FieldError("indicators[" + i + "]", "must be a string"));
            }
        }
        return codes;
    }

    private Map<SubjectKind, String> subjects(JsonNode node) {
        Map<SubjectKind, String> subjects = new EnumMap<>(SubjectKind.class);
        if (node == null || node.isNull()) {
            return subjects;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("subjects", "must be an object"));
            return subjects;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String path = "subjects." + field.getKey();
            SubjectKind kind = filedKind(field.getKey());
            if (kind == null) {
                errors.add(new FieldError(path, "unknown subject; one of guest, person, payer, phone, vehicle, visitor, vendor"));
            } else if (field.getValue().isNull()) {
                continue;
            } else if (!field.getValue().isTextual()) {
                errors.add(new FieldError(path, "must be a string"));
            } else if (IdentifierText.hasDirectionControls(field.getValue().asText())) {
                errors.add(new FieldError(path, "must not contain direction control characters"));
            } else {
                subjects.put(kind, field.getValue().asText());
            }
        }
        return subjects;
    }

    /** Reporters name these subjects; the booker comes from the PMS only. */
    private static SubjectKind filedKind(String name) {
        for (SubjectKind kind : SubjectKind.values()) {
            if (kind.filable() && kind.jsonName().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private void unknownFields(JsonNode node, String prefix, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                errors.add(new FieldError(prefix + "." + name, "unknown field"));
            }
        });
    }

    /** The body with keys sorted and no whitespace: the same request always fingerprints the same. */
    private static String canonical(JsonNode root) {
        try {
            return JSON.writeValueAsString(JSON.treeToValue(root, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
