package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.protocol.ActionCondition;
import dev.vigil.server.domain.model.protocol.ActionKind;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.Escalation;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.protocol.Provenance;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads protocol packs: checks each file against {@code protocol-pack.schema.json}, merges an
 * overlay onto the pack it extends (top-level sections replaced whole, severities one by one),
 * checks that every action's channel exists, and builds the domain pack with the operator's
 * compliance duties ({@link ComplianceRulesReader}).
 */
public final class ProtocolPackLoader {

    static final String SCHEMA = "packs/schema/protocol-pack.schema.json";
    private static final Pattern ACTION_PATH = Pattern.compile("^\\$\\.severities\\.(\\w+)\\.actions\\[(\\d+)]");

    private final JsonSchema schema = YamlDocuments.schema(SCHEMA);

    /** A pack as read: its merged document (for display) and the domain pack. */
    public record Loaded(JsonNode document, ProtocolPack pack) {
    }

    /** Reads one file, checked against the schema; an overlay still needs {@link #merge}. */
    public JsonNode read(String source, InputStream yaml) {
        return YamlDocuments.readChecked(source, yaml, schema, ProtocolPackLoader::describe, doc -> List.of());
    }

    /** The overlay's sections replace the base's; severities are replaced one at a time. */
    public static JsonNode merge(JsonNode base, JsonNode overlay) {
        ObjectNode merged = base.deepCopy();
        overlay.fields().forEachRemaining(e -> {
            if (e.getKey().equals("severities") && e.getValue().isObject() && merged.path("severities").isObject()) {
                ObjectNode severities = (ObjectNode) merged.get("severities");
                e.getValue().fields().forEachRemaining(s -> severities.set(s.getKey(), s.getValue()));
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** Builds the pack from a complete (base or merged) document, refusing actions on unknown channels. */
    public Loaded build(String source, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        doc.path("channels").forEach(c -> channels.add(new Channel(c.path("id").asText(), c.path("kind").asText(),
                text(c, "number"), text(c, "display"), text(c, "role"), provenance(c), text(c, "tty"), text(c, "keyword"),
                text(c, "audience"), text(c, "available"), text(c, "url"), text(c, "address"),
                c.has("label") ? texts(c.get("label")) : null)));
        Set<String> channelIds = new HashSet<>();
        channels.forEach(c -> channelIds.add(c.id()));
        Map<String, List<ProtocolAction>> actions = new LinkedHashMap<>();
        Set<String> actionIds = new HashSet<>();
        for (String severity : List.of("WATCH", "REVIEW", "REPORT", "URGENT")) {
            List<ProtocolAction> list = new ArrayList<>();
            for (JsonNode a : doc.path("severities").path(severity).path("actions")) {
                String id = a.path("id").asText();
                if (!actionIds.add(id)) {
                    problems.add("action " + id + ": the id appears more than once");
                }
                String channel = text(a, "channel");
                if (channel != null && !channelIds.contains(channel)) {
                    problems.add("action " + id + ": unknown channel " + channel);
                }
                a.path("altChannels").forEach(alt -> {
                    if (!channelIds.contains(alt.asText())) {
                        problems.add("action " + id + ": unknown channel " + alt.asText() + " in altChannels");
                    }
                });
                list.add(action(a));
            }
            actions.put(severity, list);
        }
        problems.addAll(ProtocolTexts.problems(doc));
        if (!problems.isEmpty()) {
            throw new PackValidationException(source, problems);
        }
        JsonNode retention = doc.path("retention");
        List<LocalizedText> prohibited = new ArrayList<>();
        doc.path("prohibitedActions").forEach(p -> prohibited.add(texts(p.path("text"))));
        ProtocolPack pack = new ProtocolPack(doc.path("protocol").asText(), doc.path("version").asText(),
                doc.path("jurisdiction").path("name").asText(doc.path("protocol").asText()),
                Duration.ofDays(doc.path("observationWindowDays").path("value").asInt(90)), channels, actions,
                days(retention.path("guestTransactions"), "minDays"), days(retention.path("observationsWithoutCase"), "days"),
                days(retention.path("cases"), "days"), prohibited, ComplianceRulesReader.read(doc),
                ProtocolTexts.locales(doc), text(doc, "defaultLanguage"), ProtocolTexts.guidance(doc), ProtocolTexts.context(doc));
        return new Loaded(doc, pack);
    }

    private static ProtocolAction action(JsonNode a) {
        Set<ActionCondition> when = new HashSet<>();
        JsonNode w = a.path("when");
        if (w.isArray()) {
            w.forEach(c -> when.add(ActionCondition.valueOf(c.asText().toUpperCase(Locale.ROOT))));
        } else if (w.isTextual()) {
            when.add(ActionCondition.valueOf(w.asText().toUpperCase(Locale.ROOT)));
        }
        JsonNode o = a.path("onOverdue");
        Escalation escalation = null;
        if (o.isObject()) {
            List<String> tell = new ArrayList<>();
            o.path("notify").forEach(n -> tell.add(n.asText()));
            escalation = new Escalation(text(o, "escalateTo"), tell,
                    o.hasNonNull("repeatEvery") ? Duration.parse(o.get("repeatEvery").asText()) : null, provenance(o));
        }
        return new ProtocolAction(a.path("id").asText(), ActionKind.valueOf(a.path("kind").asText()), a.path("who").asText(),
                text(a, "channel"), a.hasNonNull("deadline") ? Duration.parse(a.get("deadline").asText()) : Duration.ZERO,
                when, a.path("optional").asBoolean(false), escalation, texts(a.path("text")), provenance(a),
                a.path("deadlineBasis").isObject() ? provenance(a.get("deadlineBasis")) : null, strings(a.path("altChannels")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Integer days(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    static Provenance provenance(JsonNode node) {
        List<String> sources = new ArrayList<>();
        JsonNode s = node.path("source");
        if (s.isArray()) {
            s.forEach(x -> sources.add(x.asText()));
        } else if (s.isTextual()) {
            sources.add(s.asText());
        }
        return new Provenance(node.path("status").asText("assumed"), sources, text(node, "note"));
    }

    static LocalizedText texts(JsonNode node) {
        Map<String, String> byLocale = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> byLocale.put(e.getKey(), e.getValue().asText()));
        if (!byLocale.containsKey("en")) {
            byLocale.put("en", "");
        }
        return new LocalizedText(byLocale);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String describe(JsonNode root, ValidationMessage v) {
        String path = String.valueOf(v.getInstanceLocation());
        Matcher m = ACTION_PATH.matcher(path);
        if (m.find()) {
            JsonNode id = root.path("severities").path(m.group(1)).path("actions").path(Integer.parseInt(m.group(2))).path("id");
            return "action " + (id.isTextual() ? id.asText() : m.group(1) + "#" + m.group(2)) + ": " + v.getMessage();
        }
        return v.getMessage();
    }
}
