package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.domain.model.indicator.Category;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the schema cannot say about a rule pack: ids are unique, every code and category exists in
 * the indicator pack, caps name real rules, rules on room stays do not look at linked stays, and a
 * stable rule is proven by fixtures with at least two different expected tiers.
 */
final class RulePackChecks {

    private final IndicatorPack indicators;
    private final Set<String> categories;
    private final List<String> problems = new ArrayList<>();

    RulePackChecks(IndicatorPack indicators) {
        this.indicators = indicators;
        this.categories = indicators.categories().stream().map(Category::id).collect(Collectors.toSet());
    }

    List<String> check(JsonNode root) {
        codes("scoring", root.path("scoring").path("notScored"));
        condition("scoring", root.path("scoring").path("contextCountsWhen"));
        root.path("explainedBy").fields().forEachRemaining(e -> {
            codes("explainedBy " + e.getKey(), e.getValue().path("in"));
            e.getValue().path("category").forEach(c -> {
                if (!categories.contains(c.asText())) {
                    problems.add("explainedBy " + e.getKey() + ": unknown category " + c.asText());
                }
            });
        });
        Set<String> ids = new HashSet<>();
        root.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        Set<String> seen = new HashSet<>();
        for (JsonNode rule : root.path("rules")) {
            String id = rule.path("id").asText();
            String where = "rule " + id;
            if (!seen.add(id)) {
                problems.add(where + ": id appears more than once");
            }
            rule.path("outcomes").forEach(o -> condition(where, o.path("when")));
            if (rule.has("cap")) {
                condition(where, rule.path("cap").path("when"));
                rule.path("cap").path("except").forEach(e -> {
                    if (!ids.contains(e.asText())) {
                        problems.add(where + ": cap names unknown rule " + e.asText());
                    }
                });
            }
            boolean watchesStays = false;
            for (JsonNode s : rule.path("subjects")) {
                watchesStays |= s.asText().equals("ROOM_STAY");
            }
            if (watchesStays && (rule.toString().contains("\"linkedStays\"") || rule.path("outcomes").toString().contains("raiseLinkedBy"))) {
                problems.add(where + ": rules for ROOM_STAY may not look at linked stays (they decide the stays' own tiers)");
            }
            fixtures(where, rule);
        }
        return problems;
    }

    private void fixtures(String where, JsonNode rule) {
        Set<String> expected = new HashSet<>();
        for (JsonNode fixture : rule.path("fixtures")) {
            expected.add(fixture.path("expect").asText());
            String at = where + ", fixture '" + fixture.path("name").asText() + "'";
            fixture.path("observations").forEach(o -> {
                codes(at, o.path("codes"));
                if (!o.hasNonNull("room") && !o.hasNonNull("stay") && !o.hasNonNull("area")) {
                    problems.add(at + ": an observation needs a room, a stay or an area");
                }
            });
        }
        if (rule.path("status").asText().equals("stable") && expected.size() < 2) {
            problems.add(where + ": a stable rule needs fixtures with at least two different expected tiers (positive and negative)");
        }
    }

    private void condition(String where, JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                v.forEach(part -> condition(where, part));
                return;
            }
            codes(where, v.path("in"));
            for (String field : new String[] {"category", "notCategory"}) {
                v.path(field).forEach(c -> {
                    if (!categories.contains(c.asText())) {
                        problems.add(where + ": unknown category " + c.asText());
                    }
                });
            }
            if (v.has("where")) {
                condition(where, v.get("where"));
            }
        });
    }

    private void codes(String where, JsonNode array) {
        array.forEach(c -> {
            if (indicators.find(c.asText()).isEmpty()) {
                problems.add(where + ": unknown indicator code " + c.asText());
            }
        });
    }
}
