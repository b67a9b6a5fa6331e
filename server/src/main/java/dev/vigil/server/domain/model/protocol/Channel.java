package dev.vigil.server.domain.model.protocol;

/**
 * A way to reach someone: a phone number, a text number, an internal role, an e-mail address; with
 * the TTY line, the word to text, who it is for and when it answers, where the pack says.
 */
public record Channel(String id, String kind, String number, String display, String role, Provenance provenance,
                      String tty, String keyword, String audience, String available) {

    /** A channel with nothing beyond its number, display and role. */
    public Channel(String id, String kind, String number, String display, String role, Provenance provenance) {
        this(id, kind, number, display, role, provenance, null, null, null, null);
    }

    /** What a person dials or reads: the display form, else the number. */
    public String shown() {
        return display != null ? display : number;
    }

    /** True for channels a person dials or texts. */
    public boolean dialled() {
        return "phone".equals(kind) || "sms".equals(kind);
    }
}
