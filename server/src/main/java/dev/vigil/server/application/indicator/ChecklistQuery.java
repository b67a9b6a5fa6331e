package dev.vigil.server.application.indicator;

/** Query for the checklist: the language wanted (may be unknown) and an optional role code. */
public record ChecklistQuery(String lang, String role) {
}
