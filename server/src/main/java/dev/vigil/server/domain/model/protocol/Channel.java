package dev.vigil.server.domain.model.protocol;

/** A way to reach someone: a phone number, a text number, an internal role, an e-mail address. */
public record Channel(String id, String kind, String number, String display, String role, Provenance provenance) {

    /** What a person dials or reads: the display form, else the number. */
    public String shown() {
        return display != null ? display : number;
    }
}
