package dev.vigil.server.application.observation;

/** Use case: file an observation, exactly once per idempotency key. */
public interface ObservationFilingService {
    FilingOutcome file(FileObservationCommand command);
}
