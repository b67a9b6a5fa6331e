package dev.vigil.server.application.observation;

import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.stay.Stay;
import java.util.Optional;

/** An observation as read back by an authorised caller, with its stay (and the PMS's view of it) and its note decrypted. */
public record ObservationView(Observation observation, Optional<Stay> stay, String note,
                              Optional<dev.vigil.server.application.connector.PmsStayView> pms) {

    public ObservationView(Observation observation, Optional<Stay> stay, String note) {
        this(observation, stay, note, Optional.empty());
    }
}
