package dev.vigil.server.application.shared;

import java.util.Locale;

/** The roles a signed-in principal can hold in Vigil. */
public enum AppRole {
    STAFF, SECURITY, MANAGER, ADMIN, INTEGRATION;

    /** The role name as used by Jakarta Security and in configuration, e.g. {@code security}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AppRole fromRoleName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
