package dev.vigil.server.application.account;

/**
 * Names shared by the sign-in mechanism and the sign-in pages: the request attribute where the
 * mechanism leaves the outcome of an attempt that did not sign the person in, the one where it leaves
 * the page to go to after an OpenID Connect sign-in, and the session attribute naming a person who
 * proved their password but must set a new one first.
 */
public final class SignInKeys {

    public static final String OUTCOME = "vigil.signin.outcome";
    public static final String NEXT = "vigil.signin.next";
    public static final String PASSWORD_CHANGE = "vigil.password-change";
    /** Seconds to wait before the next attempt, set with {@link Outcome#THROTTLED}. */
    public static final String RETRY_AFTER = "vigil.signin.retry-after";

    /** What a sign-in attempt came to when it did not sign the person in. */
    public enum Outcome { FAILED, THROTTLED, PASSWORD_CHANGE_REQUIRED, OIDC_FAILED }

    private SignInKeys() {
    }
}
