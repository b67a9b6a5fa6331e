package dev.vigil.server.domain.model.protocol;

import java.time.LocalDate;
import java.util.Objects;

/** A rate or discount rule the jurisdiction sets for lodging, in English, with its date and provenance. */
public record CommercialRule(String id, String text, LocalDate effectiveFrom, Provenance provenance) {
    public CommercialRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
    }
}
