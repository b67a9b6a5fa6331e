package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.domain.model.pattern.CodeFilter;
import dev.vigil.server.domain.model.pattern.Condition;
import dev.vigil.server.domain.model.pattern.Tier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a condition as the rule pack writes it (one key per map, already schema-checked) into the domain's. */
final class ConditionReader {

    private ConditionReader() {
    }

    static Condition read(JsonNode node) {
        Map.Entry<String, JsonNode> entry = node.fields().next();
        JsonNode v = entry.getValue();
        return switch (entry.getKey()) {
            case "all" -> new Condition.AllOf(list(v));
            case "any" -> new Condition.AnyOf(list(v));
            case "score" -> new Condition.Score(v.path("min").asInt());
            case "codes" -> new Condition.DistinctCodes(filter(v), integer(v, "min"), integer(v, "max"), integer(v, "fromRoles"));
            case "reporters" -> new Condition.Reporters(integer(v, "min"), integer(v, "max"));
            case "roles" -> new Condition.Roles(v.path("min").asInt());
            case "visitors" -> new Condition.Visitors(v.has("in") || v.has("category") || v.has("minWeight") ? filter(v)
                    : CodeFilter.codes(Set.of("VIS_SHORT_VISIT")), v.path("min").asInt());
            case "observations" -> new Condition.Observations(filter(v), v.path("min").asInt(), v.path("perStay").asBoolean(false));
            case "linkedStays" -> new Condition.LinkedStays(v.path("min").asInt(),
                    v.has("where") ? read(v.get("where")) : null,
                    v.has("minTier") ? Tier.valueOf(v.get("minTier").asText()) : null);
            default -> throw new IllegalArgumentException("unknown condition " + entry.getKey());
        };
    }

    private static List<Condition> list(JsonNode array) {
        List<Condition> parts = new ArrayList<>();
        array.forEach(n -> parts.add(read(n)));
        return parts;
    }

    static CodeFilter filter(JsonNode v) {
        Integer weight = integer(v, "weight");
        return new CodeFilter(strings(v.get("in")), strings(v.get("category")), strings(v.get("notCategory")),
                weight != null ? weight : integer(v, "minWeight"), weight != null ? weight : integer(v, "maxWeight"),
                v.has("minor") ? v.get("minor").asBoolean() : null);
    }

    private static Integer integer(JsonNode v, String field) {
        return v.has(field) ? v.get(field).asInt() : null;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        if (array != null) {
            array.forEach(n -> values.add(n.asText()));
        }
        return values;
    }
}
