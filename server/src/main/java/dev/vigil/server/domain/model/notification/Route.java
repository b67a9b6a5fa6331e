package dev.vigil.server.domain.model.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one notification goes: a channel's scheme and the recipient it understands, written
 * {@code scheme:recipient}, e.g. {@code email:security@hotel.example} or {@code webhook:ops}.
 */
public record Route(String scheme, String recipient) {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    public Route {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(recipient, "recipient");
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("a route's scheme is letters, digits and hyphens: '" + scheme + "'");
        }
        recipient = recipient.strip();
        if (recipient.isEmpty() || recipient.length() > 280) {
            throw new IllegalArgumentException("a route names its recipient after the scheme, e.g. email:security@hotel.example");
        }
    }

    /** Reads {@code scheme:recipient}. */
    public static Route parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + t + "' is not a route: write scheme:recipient, e.g. email:security@hotel.example");
        }
        return new Route(t.substring(0, colon), t.substring(colon + 1));
    }

    @Override
    public String toString() {
        return scheme + ":" + recipient;
    }
}
