package dev.vigil.server.infrastructure.crypto;

/**
 * What a tenant's key is for. Each family rotates on its own; the key id a value carries starts with its
 * family's letter ({@code t3}, {@code n2}, {@code a1}). {@link #LEGACY} is the tenant secret as it was
 * before keys had ids, kept (wrapped) so that the tokens, notes and fingerprints written then stay readable.
 */
public enum KeyFamily {
    /** Subject tokens and request fingerprints. */
    TOKEN("t"),
    /** Note encryption. */
    NOTE("n"),
    /** The audit trail's chain. */
    AUDIT("a"),
    /** Values written before keys had ids. */
    LEGACY("legacy");

    private final String prefix;

    KeyFamily(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The family a key id belongs to. */
    static KeyFamily ofId(String id) {
        if ("legacy".equals(id)) {
            return LEGACY;
        }
        for (KeyFamily f : values()) {
            if (f != LEGACY && id.length() > 1 && id.startsWith(f.prefix) && id.substring(1).chars().allMatch(Character::isDigit)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a key id");
    }
}
