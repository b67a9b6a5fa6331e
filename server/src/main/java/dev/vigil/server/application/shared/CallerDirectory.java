package dev.vigil.server.application.shared;

import java.util.Optional;

/** Outbound port that turns an authenticated principal name into the caller use cases work with. */
public interface CallerDirectory {
    Optional<Caller> byName(String principal);
}
