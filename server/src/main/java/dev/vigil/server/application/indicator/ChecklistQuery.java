package dev.vigil.server.application.indicator;

import java.util.List;

/**
 * Query for the checklist: the languages wanted, most preferred first (may be unknown), an optional
 * role code, and the property whose reporting numbers fill the guidance (null for the defaults).
 */
public record ChecklistQuery(List<String> languages, String role, String propertyId) {
    public ChecklistQuery {
        languages = languages == null ? List.of() : List.copyOf(languages.stream().filter(java.util.Objects::nonNull).toList());
    }

    public static ChecklistQuery of(String lang, String role) {
        return new ChecklistQuery(lang == null ? List.of() : List.of(lang), role, null);
    }
}
