package dev.vigil.server.domain.service;

import java.util.Objects;

/**
 * The numbers a reporter may need now: the emergency number, the trafficking hotline and the
 * number that takes text messages (may be empty where the hotline has none).
 */
public record ReportingNumbers(String emergency, String hotline, String hotlineSms) {
    public ReportingNumbers {
        Objects.requireNonNull(emergency, "emergency number");
        Objects.requireNonNull(hotline, "hotline");
        hotlineSms = hotlineSms == null ? "" : hotlineSms;
    }
}
