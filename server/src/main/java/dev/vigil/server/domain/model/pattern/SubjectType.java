package dev.vigil.server.domain.model.pattern;

import dev.vigil.plugin.subject.SubjectKind;

/** What observations are grouped by (indicators.md section 2). */
public enum SubjectType {
    /** One room under one reservation. */
    ROOM_STAY,
    /** A reservation reference of a property. */
    RESERVATION,
    /** Reservations the PMS groups together (a group or block): linked by a connector. */
    RES_GROUP,
    GUEST,
    /** A person of interest named by an objective identifier (POI in the catalogue). */
    PERSON,
    PAYER,
    PHONE,
    VEHICLE,
    VISITOR,
    VENDOR,
    /**
     * An area of the property (lobby, bar, car park) for observations that name no room: rules may
     * watch it, but it links nothing, or every bar observation would join one case.
     */
    AREA,
    /** The whole property: never evaluated, never linking, never a case subject. */
    PROPERTY;

    public static SubjectType of(SubjectKind kind) {
        return switch (kind) {
            case GUEST -> GUEST;
            case PERSON -> PERSON;
            case PAYER, BOOKER -> PAYER;
            case PHONE -> PHONE;
            case VEHICLE -> VEHICLE;
            case VISITOR -> VISITOR;
            case VENDOR -> VENDOR;
            case RESERVATION -> RESERVATION;
            case RES_GROUP -> RES_GROUP;
        };
    }

    /** Keys of these types join observations into one case; areas and the property never do. */
    public boolean links() {
        return this != PROPERTY && this != AREA;
    }

    /** Keys of these types are evaluated by rules. */
    public boolean evaluated() {
        return this != PROPERTY;
    }
}
