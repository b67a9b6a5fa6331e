package dev.vigil.plugin.stay;

/** Where a reservation stands, normalised across PMSs; an unknown PMS state maps to {@link #OTHER}. */
public enum StayStatus {
    /** Booked, not arrived yet (Mews {@code Confirmed}, Apaleo {@code Confirmed}, OPERA {@code Reserved}/{@code DueIn}). */
    EXPECTED,
    /** Checked in and not checked out. */
    IN_HOUSE,
    /** Checked out. */
    DEPARTED,
    /** Cancelled before arrival. */
    CANCELLED,
    /** Never arrived. */
    NO_SHOW,
    /** A state this API does not name. */
    OTHER
}
