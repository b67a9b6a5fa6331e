package dev.vigil.server.application.observation;

import dev.vigil.server.application.privacy.NoteCipher;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.stay.StayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Reads an observation for security and managers of its property, or for the reporter who filed it.
 * Every read is audited. Others see {@code 404}, so they learn nothing about what exists.
 */
@ApplicationScoped
public class DefaultObservationQueryService implements ObservationQueryService {

    @Inject ObservationRepository observations;
    @Inject StayRepository stays;
    @Inject NoteCipher notes;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject dev.vigil.server.application.connector.StayContextQuery stayContexts;

    @Override
    @Transactional
    public ObservationView read(Caller caller, String observationId) {
        boolean reviewer = caller.hasAny(AppRole.SECURITY, AppRole.MANAGER);
        if (!reviewer && !caller.has(AppRole.STAFF)) {
            throw new ForbiddenException("only security, managers and the reporter may read observations");
        }
        ObservationId id = ObservationId.parse(observationId).orElseThrow(() -> new NotFoundException("observation"));
        Observation observation = observations.find(caller.tenant(), id)
                .filter(o -> caller.covers(o.tenant(), o.property()))
                .filter(o -> reviewer || o.filedBy(caller.name()))
                .orElseThrow(() -> new NotFoundException("observation"));
        audit.append(new AuditEntry(clock.instant(), observation.tenant().value(), observation.property().value(),
                caller.name(), "OBSERVATION_READ", "observation", id.value()));
        String note = observation.noteCiphertext().map(c -> notes.decrypt(observation.tenant(), c)).orElse(null);
        return new ObservationView(observation, observation.stay().flatMap(stays::find), note,
                stayContexts == null ? java.util.Optional.empty() : stayContexts.of(observation));
    }
}
