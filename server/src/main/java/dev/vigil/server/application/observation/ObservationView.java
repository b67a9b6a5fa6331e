package dev.vigil.server.application.observation;

import dev.vigil.server.domain.model.observation.Observation;

/** An observation as read back by an authorised caller, with its note decrypted. */
public record ObservationView(Observation observation, String note) {
}
