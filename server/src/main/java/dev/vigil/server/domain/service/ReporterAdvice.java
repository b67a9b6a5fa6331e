package dev.vigil.server.domain.service;

import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.text.BidiText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Domain service: what a reporter is told right after filing. Guidance always; the emergency
 * instruction whenever a filed indicator means someone may be in danger now. Never anything
 * about cases or other reports.
 *
 * <p>The lines are the indicator pack's, with the property's protocol's own lines put in their
 * place (same key) or after them (new keys). Several lines may share a key: they are alternatives,
 * and the first whose placeholders all have a value is shown (the hotline with its text line and
 * keyword, else the hotline alone); a key none of whose lines can be filled is left out, so a
 * jurisdiction without a hotline never shows an empty or a foreign number.
 */
public final class ReporterAdvice {

    public static final String CALL_EMERGENCY = "CALL_911";
    public static final String NOTIFY_SECURITY = "NOTIFY_SECURITY";
    private static final String EMERGENCY_KEY = "emergency";
    private static final String NOTIFY_KEY = "notifySecurity";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final Map<String, List<GuidanceLine>> lines;
    private final ReportingNumbers numbers;

    public ReporterAdvice(IndicatorPack pack, ReportingNumbers numbers) {
        this(pack, numbers, List.of());
    }

    /** @param jurisdiction the protocol's own guidance lines, which replace or follow the pack's */
    public ReporterAdvice(IndicatorPack pack, ReportingNumbers numbers, List<GuidanceLine> jurisdiction) {
        this.numbers = numbers;
        Map<String, List<GuidanceLine>> byKey = new LinkedHashMap<>();
        pack.guidance().forEach(line -> byKey.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line));
        Map<String, List<GuidanceLine>> own = new LinkedHashMap<>();
        jurisdiction.forEach(line -> own.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line));
        byKey.putAll(own);
        this.lines = byKey;
    }

    /** A guidance line in the given language, placeholders filled in. */
    public record Guidance(String key, String text) {
    }

    /** The standing guidance; the line that only goes with a security notice is left out. */
    public List<Guidance> guidance(String lang) {
        List<Guidance> shown = new ArrayList<>();
        for (String key : lines.keySet()) {
            if (!key.equals(NOTIFY_KEY)) {
                line(key, lang).ifPresent(text -> shown.add(new Guidance(key, text)));
            }
        }
        return shown;
    }

    /** The emergency instruction for emergency indicators alone (before any pattern is known). */
    public List<ImmediateAction> immediateActions(List<Indicator> filed, String lang) {
        return immediateActions(filed, Tier.T0, lang);
    }

    /**
     * What to do now: call the emergency number when a filed indicator is an emergency or the
     * observation made a pattern urgent (T4); tell security when it made one reportable (T3).
     */
    public List<ImmediateAction> immediateActions(List<Indicator> filed, Tier reached, String lang) {
        if (filed.stream().anyMatch(Indicator::emergency) || reached.atLeast(Tier.T4)) {
            return List.of(new ImmediateAction(CALL_EMERGENCY, numbers.emergency(), line(EMERGENCY_KEY, lang).orElseThrow()));
        }
        if (reached.atLeast(Tier.T3)) {
            return List.of(new ImmediateAction(NOTIFY_SECURITY, null, line(NOTIFY_KEY, lang).orElseThrow()));
        }
        return List.of();
    }

    /** The first alternative of a key that can be filled in, in the language asked for. */
    private Optional<String> line(String key, String lang) {
        Map<String, String> values = numbers.placeholders();
        for (GuidanceLine line : lines.getOrDefault(key, List.of())) {
            String text = line.text().in(lang);
            if (fillable(text, values)) {
                return Optional.of(BidiText.fill(text, values));
            }
        }
        return Optional.empty();
    }

    private static boolean fillable(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
