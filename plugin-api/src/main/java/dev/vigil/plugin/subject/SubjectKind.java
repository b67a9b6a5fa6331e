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
    BOOKER;

    /** The lower-case name used in JSON bodies, e.g. {@code "payer"}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
