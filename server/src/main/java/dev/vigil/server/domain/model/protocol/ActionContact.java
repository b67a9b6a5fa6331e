package dev.vigil.server.domain.model.protocol;

/**
 * Whom to contact for one step, and how, as it holds at one property: the number to call, the short
 * code and word to text, the web form, the address, or the role to tell. {@code setByProperty} is true
 * where the property's own number replaces the pack's.
 */
public record ActionContact(String channel, String kind, String number, String display, String keyword, String tty,
                            String url, String address, String role, String available, String label, boolean setByProperty) {

    /** The contact a channel gives; its label is what people read. */
    public static ActionContact of(Channel c, boolean setByProperty) {
        return new ActionContact(c.id(), c.kind(), c.number(), c.display(), c.keyword(), c.tty(), c.url(), c.address(),
                c.role(), c.available(), c.shown() != null ? c.shown() : c.id(), setByProperty);
    }

    /** In plain English, for alerts and the packet: "call 1-800-842-2288", "text HELP to 233733", "tell the security on duty". */
    public String describe() {
        String shown = display != null ? display : number;
        return switch (kind) {
            case "internal" -> "tell " + (display != null ? display : role);
            case "sms" -> "text " + (keyword != null ? keyword + " to " : "") + shown;
            case "web" -> "report online at " + url;
            case "email" -> "e-mail " + address;
            default -> number == null ? shown + " (no number set for this property)"
                    : "call " + shown + (tty != null ? " (TTY " + tty + ")" : "");
        };
    }

    /** True when a person can act on it now: an internal role, or a channel with a number, form or address. */
    public boolean usable() {
        return switch (kind) {
            case "internal" -> role != null;
            case "web" -> url != null;
            case "email" -> address != null;
            default -> number != null;
        };
    }
}
