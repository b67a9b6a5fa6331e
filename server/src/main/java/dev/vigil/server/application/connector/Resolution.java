package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import java.util.Optional;

/**
 * What asking the PMS about a filing's stay gave.
 *
 * @param state what happened
 * @param stay the stay, when resolved
 * @param error why the PMS gave no answer (no guest data), when pending
 */
public record Resolution(State state, Optional<StayContext> stay, String error) {

    /** What happened. */
    public enum State {
        /** The property has no connector, or the filing names neither room nor reservation. */
        NO_CONNECTOR,
        /** The PMS answered with the stay. */
        RESOLVED,
        /** The PMS answered that it knows no such stay. */
        NOT_FOUND,
        /** The PMS did not answer in time or failed: the retry job asks again. */
        PENDING
    }

    public static final Resolution NONE = new Resolution(State.NO_CONNECTOR, Optional.empty(), null);

    public static Resolution resolved(StayContext stay) {
        return new Resolution(State.RESOLVED, Optional.of(stay), null);
    }

    public static Resolution notFound() {
        return new Resolution(State.NOT_FOUND, Optional.empty(), null);
    }

    public static Resolution pending(String error) {
        return new Resolution(State.PENDING, Optional.empty(), error);
    }
}
