package dev.vigil.server.domain.model.protocol;

import java.util.List;
import java.util.Objects;

/** Where a protocol value comes from, and how sure we are: sourced, inferred, or assumed (a person must confirm). */
public record Provenance(String status, List<String> sources, String note) {
    public Provenance {
        Objects.requireNonNull(status, "status");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean assumed() {
        return status.equals("assumed");
    }
}
