package dev.vigil.plugin.connector;

/**
 * A call to the PMS that did not give an answer. The message says what to fix or what happened,
 * briefly, and never repeats credentials or guest data.
 */
public class PmsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, which decides whether trying again can help. */
    public enum Kind {
        /** The PMS refused the credentials (after a token refresh): fix the configuration. */
        AUTH,
        /** The PMS could not be reached, timed out or kept failing: try again later. */
        UNAVAILABLE,
        /** The PMS kept answering {@code 429}: try again later. */
        RATE_LIMITED,
        /** The PMS answered something that is not its documented format. */
        BAD_RESPONSE
    }

    private final Kind kind;

    /**
     * A failure.
     *
     * @param kind what kind
     * @param message what happened, briefly
     * @param cause the underlying failure, or null
     */
    public PmsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /**
     * A failure without an underlying cause.
     *
     * @param kind what kind
     * @param message what happened, briefly
     */
    public PmsException(Kind kind, String message) {
        this(kind, message, null);
    }

    /**
     * What kind of failure.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether trying again later can help.
     *
     * @return true unless the credentials were refused or the answer was malformed
     */
    public boolean transientFailure() {
        return kind == Kind.UNAVAILABLE || kind == Kind.RATE_LIMITED;
    }
}
