package dev.vigil.server.application.account;

/** What the web pages remember for one person: the language ({@code null}: not chosen) and discreet mode. */
public record Preferences(String lang, boolean discreet) {
    public static final Preferences NONE = new Preferences(null, false);
}
