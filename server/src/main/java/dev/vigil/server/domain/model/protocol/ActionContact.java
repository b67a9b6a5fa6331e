package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.text.Wording;

/**
 * Whom to contact for one step, and how, as it holds at one property: the number to call, the short
 * code and word to text, the web form, the address, or the role to tell. {@code setByProperty} is true
 * where the property's own number replaces the pack's. {@code names}: the channel's name in each
 * language of the pack (may be null: then {@code label} names it).
 */
public record ActionContact(String channel, String kind, String number, String display, String keyword, String tty,
                            String url, String address, String role, String available, String label, boolean setByProperty,
                            LocalizedText names) {

    /** A contact without names per language. */
    public ActionContact(String channel, String kind, String number, String display, String keyword, String tty,
                         String url, String address, String role, String available, String label, boolean setByProperty) {
        this(channel, kind, number, display, keyword, tty, url, address, role, available, label, setByProperty, null);
    }

    /** The contact a channel gives; its label is what people read. */
    public static ActionContact of(Channel c, boolean setByProperty) {
        return new ActionContact(c.id(), c.kind(), c.number(), c.display(), c.keyword(), c.tty(), c.url(), c.address(),
                c.role(), c.available(), c.shown() != null ? c.shown() : c.id(), setByProperty, c.label());
    }

    /**
     * The channel's name in a language ("National Human Trafficking Hotline", "מוקד המשטרה"), as people
     * read it (numbers in right-to-left text isolated), else its label.
     */
    public String name(String lang) {
        return names != null ? names.shown(lang) : label;
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

    /**
     * In the reader's language (the messages {@code contact.*}): "call 100", "שליחת HELP ל-233733";
     * numbers, codes and addresses isolated in right-to-left text.
     */
    public String describe(Wording say) {
        String shown = display != null ? display : number;
        if (number == null && ("phone".equals(kind) || "sms".equals(kind))) {
            return say.say("contact.noNumber", "name", names != null ? names.in(say.lang()) : shown != null ? shown : channel);
        }
        return switch (kind) {
            case "internal" -> say.say("contact.internal", "who", names != null ? names.in(say.lang())
                    : say.messages().has("role." + role) ? say.say("role." + role) : display != null ? display : role);
            case "sms" -> keyword != null ? say.say("contact.textKeyword", "keyword", keyword, "number", shown)
                    : say.say("contact.text", "number", shown);
            case "web" -> say.say("contact.web", "url", url);
            case "email" -> say.say("contact.email", "address", address);
            default -> tty != null ? say.say("contact.callTty", "number", shown, "tty", tty)
                    : say.say("contact.call", "number", shown);
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
