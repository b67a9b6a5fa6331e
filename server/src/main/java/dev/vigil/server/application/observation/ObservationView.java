package dev.vigil.server.application.observation;

import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.stay.Stay;
import java.util.Optional;

/** An observation as read back by an authorised caller, with its stay and its note decrypted. */
public record ObservationView(Observation observation, Optional<Stay> stay, String note) {
}
