package dev.vigil.server.application.observation;

import dev.vigil.server.application.shared.ReportingNumbersSource;
import java.time.Duration;

/** Outbound port for the limits and numbers that filing applies (from the protocol and configuration). */
public interface FilingSettings extends ReportingNumbersSource {

    /** How old an observation may be when filed: the property's protocol's observation window. */
    Duration observationWindow(String propertyId);

    /** How far in the future {@code observedAt} may be, for clocks that run ahead. */
    Duration clockSkewAllowance();

    /** How long a room's last reservation stays its current one for observations without a reservation. */
    Duration stayJoinWindow();

    /**
     * After how long without an observation a reservation reference starts a new stay: PMSs reuse
     * numbers, and a stay months ago must not collect today's observations.
     */
    Duration reservationReuseAfter();

}
