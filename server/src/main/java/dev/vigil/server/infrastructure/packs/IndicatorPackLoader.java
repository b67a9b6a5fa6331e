package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.vigil.server.domain.model.indicator.Category;
import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.indicator.StaffRole;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator pack from YAML, checks it against {@code indicator-pack.schema.json} and the
 * rules a schema cannot express (unique codes, known sources and categories, every declared locale
 * present), and builds the domain pack. Every problem names the file and the indicator.
 */
public final class IndicatorPackLoader {

    static final String SCHEMA = "packs/schema/indicator-pack.schema.json";
    static final Set<String> REQUIRED_GUIDANCE = Set.of("noConfront", "emergency", "factsOnly", "notifySecurity");
    private static final Pattern INDICATOR_PATH = Pattern.compile("^\\$\\.indicators\\[(\\d+)]");

    private final JsonSchema schema = YamlDocuments.schema(SCHEMA);

    public IndicatorPack load(String source, InputStream yaml) {
        return build(YamlDocuments.readChecked(source, yaml, schema, IndicatorPackLoader::describe,
                IndicatorPackLoader::crossChecks));
    }

    private static String describe(JsonNode root, ValidationMessage violation) {
        String path = String.valueOf(violation.getInstanceLocation());
        Matcher m = INDICATOR_PATH.matcher(path);
        if (m.find()) {
            JsonNode code = root.path("indicators").path(Integer.parseInt(m.group(1))).path("code");
            String name = code.isTextual() ? code.asText() : "#" + m.group(1);
            return "indicator " + name + ": " + violation.getMessage();
        }
        return violation.getMessage();
    }

    private static List<String> crossChecks(JsonNode root) {
        List<String> problems = new ArrayList<>();
        Set<String> locales = new TreeSet<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        Set<String> sources = new HashSet<>();
        root.path("sources").fieldNames().forEachRemaining(sources::add);
        Set<String> categories = new HashSet<>();
        root.path("categories").forEach(c -> {
            categories.add(c.path("id").asText());
            missingLocales(c.path("label"), locales).forEach(l ->
                    problems.add("category " + c.path("id").asText() + ": label has no '" + l + "' text"));
        });
        Set<String> guidanceKeys = new HashSet<>();
        root.path("guidance").forEach(g -> {
            guidanceKeys.add(g.path("key").asText());
            missingLocales(g.path("text"), locales).forEach(l ->
                    problems.add("guidance " + g.path("key").asText() + ": no '" + l + "' text"));
        });
        REQUIRED_GUIDANCE.stream().filter(k -> !guidanceKeys.contains(k)).sorted()
                .forEach(k -> problems.add("guidance: the '" + k + "' line is required"));
        Set<String> codes = new HashSet<>();
        for (JsonNode indicator : root.path("indicators")) {
            String code = indicator.path("code").asText();
            String prefix = "indicator " + code + ": ";
            if (!codes.add(code)) {
                problems.add(prefix + "code appears more than once");
            }
            if (!categories.contains(indicator.path("category").asText())) {
                problems.add(prefix + "category " + indicator.path("category").asText() + " is not declared");
            }
            indicator.path("sources").forEach(s -> {
                if (!sources.contains(s.asText())) {
                    problems.add(prefix + "source " + s.asText() + " is not listed under sources");
                }
            });
            missingLocales(indicator.path("text"), locales).forEach(l -> problems.add(prefix + "text has no '" + l + "'"));
            missingLocales(indicator.path("help"), locales).forEach(l -> problems.add(prefix + "help has no '" + l + "'"));
        }
        return problems;
    }

    private static List<String> missingLocales(JsonNode texts, Set<String> locales) {
        return locales.stream().filter(l -> texts.path(l).asText("").isBlank()).toList();
    }

    private static IndicatorPack build(JsonNode root) {
        List<String> locales = new ArrayList<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        List<Category> categories = new ArrayList<>();
        root.path("categories").forEach(c -> categories.add(new Category(c.path("id").asText(), texts(c.path("label")))));
        List<GuidanceLine> guidance = new ArrayList<>();
        root.path("guidance").forEach(g -> guidance.add(new GuidanceLine(g.path("key").asText(), texts(g.path("text")))));
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : root.path("indicators")) {
            Set<StaffRole> roles = new HashSet<>();
            i.path("roles").forEach(r -> roles.add(StaffRole.valueOf(r.asText())));
            List<String> sources = new ArrayList<>();
            i.path("sources").forEach(s -> sources.add(s.asText()));
            indicators.add(new Indicator(new IndicatorCode(i.path("code").asText()), i.path("category").asText(), roles,
                    i.path("pmsDerivable").asBoolean(), i.path("minorRelated").asBoolean(), i.path("weight").asInt(),
                    i.path("emergency").asBoolean(), i.path("perVisit").asBoolean(false), sources,
                    texts(i.path("text")), texts(i.path("help"))));
        }
        return new IndicatorPack(root.path("pack").asText(), root.path("version").asText(), locales, categories,
                guidance, indicators);
    }

    private static LocalizedText texts(JsonNode node) {
        Map<String, String> byLocale = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> byLocale.put(e.getKey(), e.getValue().asText()));
        return new LocalizedText(byLocale);
    }
}
