package dev.vigil.server.domain.model.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifier of one hotel property, e.g. {@code demo-hotel}. */
public record PropertyId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public PropertyId {
        Objects.requireNonNull(value, "property id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a property id: " + value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
