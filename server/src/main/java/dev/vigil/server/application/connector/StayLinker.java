package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.application.pattern.PatternEvaluation;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.stay.StayRepository;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Links a stored observation to its stay as the PMS answered later (the retry job) or changed it (a
 * webhook): adds the stay's keys to the observation and evaluates it again, so the pattern engine
 * correlates it with what shares those keys. Linking the same stay twice adds nothing.
 */
@ApplicationScoped
public class StayLinker {

    @Inject ObservationRepository observations;
    @Inject StayRepository stays;
    @Inject PatternEvaluation patterns;
    @Inject PmsLinks links;
    @Inject Pseudonymizer pseudonymizer;
    @Inject Clock clock;

    /** Links one observation in one transaction; true when it got keys it did not have. */
    @Transactional
    public boolean link(String observationId, TenantId tenant, StayContext stay) {
        Optional<Observation> found = ObservationId.parse(observationId).flatMap(id -> observations.find(tenant, id));
        if (found.isEmpty()) {
            return false;
        }
        Observation observation = found.get();
        // filings about the same stay take turns with this one
        observation.stay().flatMap(stays::find).ifPresent(stays::hold);
        Instant now = clock.instant();
        Set<SubjectKey> added = observation.linkStay(StayKeys.of(stay, pseudonymizer.tokenizerFor(tenant)));
        if (!added.isEmpty()) {
            observations.keysLinked(observation, added);
            patterns.afterFiling(observation, now);
        }
        links.linked(observationId, stay.reservationRef(), now);
        return !added.isEmpty();
    }
}
