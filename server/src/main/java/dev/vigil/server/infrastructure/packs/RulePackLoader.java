package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.Cap;
import dev.vigil.server.domain.model.pattern.Fixture;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.Outcome;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.Scoring;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.service.pattern.FixtureRunner;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule pack from YAML: checks it against {@code rule-pack.schema.json}, then against the
 * indicator pack (every code and category it names must exist), then runs every fixture. Any
 * problem refuses the pack, naming the file, the rule and the fixture.
 */
public final class RulePackLoader {

    static final String SCHEMA = "packs/schema/rule-pack.schema.json";
    private static final Pattern RULE_PATH = Pattern.compile("^\\$\\.rules\\[(\\d+)]");

    private final JsonSchema schema = YamlDocuments.schema(SCHEMA);
    private final IndicatorPack indicators;

    public RulePackLoader(IndicatorPack indicators) {
        this.indicators = indicators;
    }

    public RulePack load(String source, InputStream yaml) {
        JsonNode root = YamlDocuments.readChecked(source, yaml, schema, RulePackLoader::describe,
                doc -> new RulePackChecks(indicators).check(doc));
        RulePack pack = build(root);
        List<String> failures = new FixtureRunner(indicators, pack).failures();
        if (!failures.isEmpty()) {
            throw new PackValidationException(source, failures.stream().map(f -> "fixture failed: " + f).toList());
        }
        return pack;
    }

    private static String describe(JsonNode root, ValidationMessage v) {
        String path = String.valueOf(v.getInstanceLocation());
        Matcher m = RULE_PATH.matcher(path);
        if (m.find()) {
            JsonNode id = root.path("rules").path(Integer.parseInt(m.group(1))).path("id");
            return "rule " + (id.isTextual() ? id.asText() : "#" + m.group(1)) + ": " + v.getMessage();
        }
        return v.getMessage();
    }

    private static RulePack build(JsonNode root) {
        JsonNode s = root.path("scoring");
        Scoring scoring = new Scoring(Durations.parse(s.path("repeatAfter").asText()), ConditionReader.strings(s.get("notScored")),
                s.path("contextWeight").asInt(), s.path("contextCap").asInt(), ConditionReader.read(s.get("contextCountsWhen")));
        List<PatternRule> rules = new ArrayList<>();
        root.path("rules").forEach(r -> rules.add(rule(r)));
        Map<Marker, dev.vigil.server.domain.model.pattern.CodeFilter> explainedBy = new EnumMap<>(Marker.class);
        root.path("explainedBy").fields().forEachRemaining(e ->
                explainedBy.put(Marker.valueOf(e.getKey()), ConditionReader.filter(e.getValue())));
        return new RulePack(root.path("pack").asText(), root.path("version").asText(), scoring,
                Durations.parse(root.path("linkRetention").asText()), explainedBy, rules);
    }

    private static PatternRule rule(JsonNode r) {
        Set<SubjectType> subjects = new HashSet<>();
        r.path("subjects").forEach(t -> subjects.add(SubjectType.valueOf(t.asText())));
        List<Outcome> outcomes = new ArrayList<>();
        r.path("outcomes").forEach(o -> outcomes.add(new Outcome(
                o.has("tier") ? Tier.valueOf(o.get("tier").asText()) : null,
                o.has("raiseLinkedBy") ? o.get("raiseLinkedBy").asInt() : null,
                o.has("atMost") ? Tier.valueOf(o.get("atMost").asText()) : null,
                ConditionReader.read(o.get("when")),
                o.has("window") ? Durations.parse(o.get("window").asText()) : null)));
        Cap cap = r.has("cap") ? new Cap(Tier.valueOf(r.path("cap").path("tier").asText()),
                ConditionReader.read(r.path("cap").get("when")), ConditionReader.strings(r.path("cap").get("except")),
                Cap.Over.valueOf(r.path("cap").path("over").asText("window").toUpperCase(java.util.Locale.ROOT))) : null;
        Set<Marker> suppressedBy = new HashSet<>();
        r.path("suppressedBy").forEach(m -> suppressedBy.add(Marker.valueOf(m.asText())));
        List<String> falsePositives = new ArrayList<>();
        r.path("falsepositives").forEach(f -> falsePositives.add(f.asText()));
        List<String> sources = new ArrayList<>();
        r.path("sources").forEach(f -> sources.add(f.asText()));
        List<Fixture> fixtures = new ArrayList<>();
        r.path("fixtures").forEach(f -> fixtures.add(fixture(f)));
        return new PatternRule(r.path("id").asText(), r.path("title").asText(), r.path("status").asText(),
                r.path("description").asText(), subjects, r.has("window") ? Durations.parse(r.get("window").asText()) : null,
                outcomes, cap, suppressedBy, falsePositives, sources, fixtures, titles(r.path("titles")));
    }

    private static Map<String, String> titles(JsonNode node) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e -> titles.put(e.getKey(), e.getValue().asText()));
        return titles;
    }

    private static Fixture fixture(JsonNode f) {
        List<Fixture.Step> steps = new ArrayList<>();
        for (JsonNode o : f.path("observations")) {
            Map<SubjectType, List<String>> subjects = new EnumMap<>(SubjectType.class);
            o.path("subjects").fields().forEachRemaining(e -> {
                List<String> labels = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(l -> labels.add(l.asText()));
                } else {
                    labels.add(e.getValue().asText());
                }
                subjects.put(SubjectType.valueOf(e.getKey().toUpperCase()), labels);
            });
            List<String> codes = new ArrayList<>();
            o.path("codes").forEach(c -> codes.add(c.asText()));
            steps.add(new Fixture.Step(Durations.parse(o.path("at").asText()), text(o, "room"), text(o, "stay"),
                    text(o, "area"), o.path("reporter").asText(), o.path("role").asText(), codes, subjects));
        }
        Map<String, Set<Marker>> markers = new LinkedHashMap<>();
        f.path("markers").fields().forEachRemaining(e -> {
            Set<Marker> set = new HashSet<>();
            e.getValue().forEach(m -> set.add(Marker.valueOf(m.asText())));
            markers.put(e.getKey(), set);
        });
        return new Fixture(f.path("name").asText(), Tier.valueOf(f.path("expect").asText()), steps, markers);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
