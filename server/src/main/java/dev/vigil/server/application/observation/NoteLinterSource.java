package dev.vigil.server.application.observation;

import dev.vigil.server.domain.service.NoteLinter;

/** Outbound port that yields the note linter built from the active word lists. */
public interface NoteLinterSource {
    NoteLinter linter();
}
