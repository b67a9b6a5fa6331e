package dev.vigil.server.domain.model.indicator;

import java.util.Objects;

/** A group of indicators on the checklist (booking and payment, control and coercion, …). */
public record Category(String id, LocalizedText label) {
    public Category {
        Objects.requireNonNull(id, "category id");
        Objects.requireNonNull(label, "category label");
    }
}
