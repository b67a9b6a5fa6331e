package dev.vigil.server.application.indicator;

/** Use case: fetch the checklist in a language, for a role. */
public interface ChecklistService {
    Checklist checklist(ChecklistQuery query);
}
