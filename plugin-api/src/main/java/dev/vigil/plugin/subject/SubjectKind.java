package dev.vigil.plugin.subject;

/**
 * The kinds of raw identifier a reporter or a connector may hand to Vigil about a stay.
 * Each is pseudonymised on arrival and only its token is ever stored.
 */
public enum SubjectKind {
    /** The registered guest observed. */
    GUEST,
    /** An unnamed or non-guest person, by an objective identifier such as a badge or the name they gave. */
    PERSON,
    /** A payment card token or booking account. */
    PAYER,
    /** A telephone number. */
    PHONE,
    /** A vehicle licence plate. */
    VEHICLE,
    /** A visitor's objective identifier. */
    VISITOR,
    /** A contractor or staffing agency. */
    VENDOR,
    /** The person or account that made the booking. */
    BOOKER,
    /** A PMS reservation, by its id: set by connectors, never filed by staff. */
    RESERVATION,
    /** A PMS group or block of reservations, by its id: set by connectors, never filed by staff. */
    RES_GROUP;

    /**
     * Whether staff may name a subject of this kind when filing; the others come from connectors.
     *
     * @return true for the kinds a filing's {@code subjects} accepts
     */
    public boolean filable() {
        return this != BOOKER && this != RESERVATION && this != RES_GROUP;
    }

    /**
     * The lower-case name used in JSON bodies, e.g. {@code "payer"}.
     *
     * @return the name
     */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
