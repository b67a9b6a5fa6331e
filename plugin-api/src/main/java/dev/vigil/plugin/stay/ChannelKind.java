package dev.vigil.plugin.stay;

/** How a reservation was booked, normalised across PMSs; an unknown channel maps to {@link #OTHER}. */
public enum ChannelKind {
    /** The hotel's own website, phone or e-mail. */
    DIRECT,
    /** An online travel agency (Booking.com, Expedia, Airbnb). */
    OTA,
    /** A global distribution system. */
    GDS,
    /** A channel manager relaying several sources. */
    CHANNEL_MANAGER,
    /** A company's negotiated booking. */
    CORPORATE,
    /** At the desk, without a prior booking. */
    WALK_IN,
    /** A channel this API does not name. */
    OTHER,
    /** The PMS did not say. */
    UNKNOWN
}
