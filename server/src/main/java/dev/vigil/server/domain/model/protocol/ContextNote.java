package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.util.Objects;

/**
 * Something a manager should know about the jurisdiction that is not a duty Vigil tracks: where
 * no statutory duty was found, the legal risks that remain (Israel: closure orders, renting a place
 * for prostitution) and how the law frames the people involved. Shown in the compliance summary.
 */
public record ContextNote(String id, LocalizedText text, Provenance provenance) {
    public ContextNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
