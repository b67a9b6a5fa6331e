package dev.vigil.server.domain.model.indicator;

import java.util.Objects;

/**
 * One line of safety guidance shown to reporters (never confront, facts only, the hotline).
 * Texts may hold the placeholders {@code {EMERGENCY}} and {@code {HOTLINE}}.
 */
public record GuidanceLine(String key, LocalizedText text) {
    public GuidanceLine {
        Objects.requireNonNull(key, "guidance key");
        Objects.requireNonNull(text, "guidance text");
    }
}
