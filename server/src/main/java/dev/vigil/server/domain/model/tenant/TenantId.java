package dev.vigil.server.domain.model.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifier of a tenant: a chain or owner whose data and keys are kept apart from all others. */
public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + value);
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
