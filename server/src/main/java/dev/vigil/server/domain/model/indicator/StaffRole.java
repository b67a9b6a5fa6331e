package dev.vigil.server.domain.model.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The hotel roles that observe and report; corroboration counts distinct roles. */
public enum StaffRole {
    /** Front desk, reservations, night audit. */
    FD,
    /** Housekeeping and room attendants. */
    HK,
    /** Food and beverage, bar, room service. */
    FB,
    /** Maintenance and engineering. */
    MNT,
    /** Valet, parking, bell, door, concierge. */
    VAL,
    /** Security. */
    SEC,
    /** Human resources, for labour indicators. */
    HR;

    /** Parses a role code case-insensitively; empty when it names no role. */
    public static Optional<StaffRole> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
