package dev.vigil.server.domain.model.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A notice the law says must be posted: which, facing whom, where, from when, and the fine for not posting it. */
public record NoticeRequirement(String id, String title, String audience, String placement, String placementNote,
                                List<String> languages, LocalDate requiredFrom, Penalty penalty, Provenance provenance) {

    public NoticeRequirement {
        Objects.requireNonNull(id, "id");
        languages = languages == null ? List.of() : List.copyOf(languages);
        Objects.requireNonNull(provenance, "provenance");
    }
}
