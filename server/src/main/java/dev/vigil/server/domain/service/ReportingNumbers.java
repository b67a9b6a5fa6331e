package dev.vigil.server.domain.service;

import java.util.Objects;

/** The numbers a reporter may need now: the emergency number and the trafficking hotline. */
public record ReportingNumbers(String emergency, String hotline, String hotlineText) {
    public ReportingNumbers {
        Objects.requireNonNull(emergency, "emergency number");
        Objects.requireNonNull(hotline, "hotline");
    }
}
