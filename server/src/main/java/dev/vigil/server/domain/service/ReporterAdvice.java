package dev.vigil.server.domain.service;

import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import java.util.List;

/**
 * Domain service: what a reporter is told right after filing. Guidance always; the emergency
 * instruction whenever a filed indicator means someone may be in danger now. Never anything
 * about cases or other reports.
 */
public final class ReporterAdvice {

    public static final String CALL_EMERGENCY = "CALL_911";
    private static final String EMERGENCY_KEY = "emergency";

    private final IndicatorPack pack;
    private final ReportingNumbers numbers;

    public ReporterAdvice(IndicatorPack pack, ReportingNumbers numbers) {
        this.pack = pack;
        this.numbers = numbers;
    }

    /** A guidance line in the given language, placeholders filled in. */
    public record Guidance(String key, String text) {
    }

    public List<Guidance> guidance(String lang) {
        return pack.guidance().stream()
                .map(line -> new Guidance(line.key(), fill(line.text().in(lang))))
                .toList();
    }

    public List<ImmediateAction> immediateActions(List<Indicator> filed, String lang) {
        if (filed.stream().noneMatch(Indicator::emergency)) {
            return List.of();
        }
        String text = pack.guidance().stream()
                .filter(line -> line.key().equals(EMERGENCY_KEY))
                .map(GuidanceLine::text)
                .map(t -> fill(t.in(lang)))
                .findFirst()
                .orElse("Call " + numbers.emergency() + " now, then security.");
        return List.of(new ImmediateAction(CALL_EMERGENCY, numbers.emergency(), text));
    }

    private String fill(String text) {
        return text.replace("{EMERGENCY}", numbers.emergency())
                .replace("{HOTLINE_SMS}", numbers.hotlineSms().isBlank() ? numbers.hotline() : numbers.hotlineSms())
                .replace("{HOTLINE}", numbers.hotline());
    }
}
