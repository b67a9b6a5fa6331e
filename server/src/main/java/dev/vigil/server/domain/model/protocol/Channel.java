package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.LocalizedText;

/**
 * A way to reach someone: a phone or text number, a web form, an e-mail address or an internal role;
 * with the TTY line, the word to text, who it is for and when it answers, where the pack says, and its
 * name in each language of the pack ({@code label}, may be null: then {@code display} names it).
 */
public record Channel(String id, String kind, String number, String display, String role, Provenance provenance,
                      String tty, String keyword, String audience, String available, String url, String address,
                      LocalizedText label) {

    /** A channel named by its display text only. */
    public Channel(String id, String kind, String number, String display, String role, Provenance provenance,
                   String tty, String keyword, String audience, String available, String url, String address) {
        this(id, kind, number, display, role, provenance, tty, keyword, audience, available, url, address, null);
    }

    /** A channel with nothing beyond its number, display and role. */
    public Channel(String id, String kind, String number, String display, String role, Provenance provenance) {
        this(id, kind, number, display, role, provenance, null, null, null, null, null, null, null);
    }

    /** A phone, text or internal channel, as most packs state them. */
    public Channel(String id, String kind, String number, String display, String role, Provenance provenance,
                   String tty, String keyword, String audience, String available) {
        this(id, kind, number, display, role, provenance, tty, keyword, audience, available, null, null, null);
    }

    /** The channel's name for people in a language: its label there (as shown, numbers isolated), else its display text. */
    public String name(String lang) {
        return label != null ? label.shown(lang) : display;
    }

    /** What a person dials or reads: the display form, else the number. */
    public String shown() {
        return display != null ? display : number;
    }

    /** True for channels a person dials or texts. */
    public boolean dialled() {
        return "phone".equals(kind) || "sms".equals(kind);
    }

    /** The same channel with a number (and its display) set for one property. */
    public Channel withNumber(String ownNumber, String ownDisplay) {
        return new Channel(id, kind, ownNumber, ownDisplay != null ? ownDisplay : ownNumber, role, provenance, tty, keyword,
                audience, available, url, address, label);
    }
}
