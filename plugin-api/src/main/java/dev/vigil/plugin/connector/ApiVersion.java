package dev.vigil.plugin.connector;

import java.util.Objects;

/**
 * Value object: the version of this plugin API, {@code major.minor}. A plugin built against an API of
 * another major version, or of a newer minor version than the server's, is refused at startup.
 *
 * <p>{@link #SPEC} is a compile-time constant, so the compiler copies it into a plugin's own classes:
 * a factory that returns {@code ApiVersion.parse(ApiVersion.SPEC)} reports the version it was compiled
 * against, not the one the server runs with.
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** This API's version as text. Raise the minor for additions, the major for changes that break plugins. */
    public static final String SPEC = "1.0";

    /** The name of the manifest attribute a plugin jar carries with the API version it was built against. */
    public static final String MANIFEST_ATTRIBUTE = "Vigil-Plugin-Api";

    /** Checks the numbers. */
    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version numbers must not be negative");
        }
    }

    /**
     * The API version of the classes running now (the server's).
     *
     * @return the current version
     */
    public static ApiVersion current() {
        return parse(SPEC);
    }

    /**
     * Reads {@code major.minor}.
     *
     * @param text e.g. {@code "1.0"}
     * @return the version
     * @throws IllegalArgumentException when the text is not {@code major.minor}
     */
    public static ApiVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a plugin API version (major.minor): " + text);
        }
        try {
            return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a plugin API version (major.minor): " + text, e);
        }
    }

    /**
     * Whether a server of this version can run a plugin built against {@code builtAgainst}: the same
     * major version, and a minor version no newer than this one.
     *
     * @param builtAgainst the version the plugin was compiled against
     * @return true when the plugin can be loaded
     */
    public boolean canRun(ApiVersion builtAgainst) {
        return builtAgainst.major == major && builtAgainst.minor <= minor;
    }

    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
