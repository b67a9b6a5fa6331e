package dev.vigil.server.domain.service;

import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.Tier;
import java.util.List;

/**
 * Domain service: what a reporter is told right after filing. Guidance always; the emergency
 * instruction whenever a filed indicator means someone may be in danger now. Never anything
 * about cases or other reports.
 */
public final class ReporterAdvice {

    public static final String CALL_EMERGENCY = "CALL_911";
    public static final String NOTIFY_SECURITY = "NOTIFY_SECURITY";
    private static final String EMERGENCY_KEY = "emergency";
    private static final String NOTIFY_KEY = "notifySecurity";

    private final IndicatorPack pack;
    private final ReportingNumbers numbers;

    public ReporterAdvice(IndicatorPack pack, ReportingNumbers numbers) {
        this.pack = pack;
        this.numbers = numbers;
    }

    /** A guidance line in the given language, placeholders filled in. */
    public record Guidance(String key, String text) {
    }

    /** The standing guidance; the line that only goes with a security notice is left out. */
    public List<Guidance> guidance(String lang) {
        return pack.guidance().stream()
                .filter(line -> !line.key().equals(NOTIFY_KEY))
                .map(line -> new Guidance(line.key(), fill(line.text().in(lang))))
                .toList();
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
            return List.of(new ImmediateAction(CALL_EMERGENCY, numbers.emergency(),
                    line(EMERGENCY_KEY, lang, "Call " + numbers.emergency() + " now, then security.")));
        }
        if (reached.atLeast(Tier.T3)) {
            return List.of(new ImmediateAction(NOTIFY_SECURITY, null,
                    line(NOTIFY_KEY, lang, "Tell security or the duty manager now.")));
        }
        return List.of();
    }

    private String line(String key, String lang, String fallback) {
        return pack.guidance().stream()
                .filter(line -> line.key().equals(key))
                .map(GuidanceLine::text)
                .map(t -> fill(t.in(lang)))
                .findFirst()
                .orElse(fallback);
    }

    private String fill(String text) {
        return text.replace("{EMERGENCY}", numbers.emergency())
                .replace("{HOTLINE_SMS}", numbers.hotlineSms().isBlank() ? numbers.hotline() : numbers.hotlineSms())
                .replace("{HOTLINE}", numbers.hotline());
    }
}
