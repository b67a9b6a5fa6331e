package dev.vigil.server.domain.model.casefile;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifier of a case. */
public record CaseId(String value) {
    public CaseId {
        Objects.requireNonNull(value, "case id");
        UUID.fromString(value);
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
    }

    public static Optional<CaseId> parse(String text) {
        try {
            return Optional.of(new CaseId(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
