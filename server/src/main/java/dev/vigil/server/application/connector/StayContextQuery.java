package dev.vigil.server.application.connector;

import dev.vigil.server.domain.model.observation.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads the PMS stay of an observation, for {@code GET /observations/{id}}. */
@ApplicationScoped
public class StayContextQuery {

    @Inject PmsLinks links;
    @Inject PmsStays stays;

    /** The observation's PMS stay, empty when its property has no connector. */
    public Optional<PmsStayView> of(Observation observation) {
        return links.find(observation.id().value()).map(link -> {
            Optional<PmsStays.Stored> stored = link.reservationRef() == null ? Optional.empty()
                    : stays.find(observation.property(), link.reservationRef());
            return new PmsStayView(link.state(), stored.map(PmsStays.Stored::stay),
                    stored.map(PmsStays.Stored::removed).orElse(false));
        });
    }
}
