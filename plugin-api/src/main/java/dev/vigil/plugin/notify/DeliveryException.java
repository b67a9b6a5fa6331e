package dev.vigil.plugin.notify;

/**
 * A delivery that did not happen. The message should be short and must not repeat the notification's
 * content: it is shown to administrators beside the failed notification.
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    /**
     * A failure worth trying again later: a timeout, a refused connection, a 5xx answer.
     *
     * @param message what went wrong, briefly
     * @param cause the underlying failure, or {@code null}
     */
    public DeliveryException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * A failure of either kind.
     *
     * @param message what went wrong, briefly
     * @param cause the underlying failure, or {@code null}
     * @param permanent {@code true} when trying again cannot help (an invalid address, a rejected
     *        credential): the notification goes straight to the dead letters
     */
    public DeliveryException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /**
     * Whether trying again cannot help.
     *
     * @return {@code true} for a permanent failure
     */
    public boolean permanent() {
        return permanent;
    }
}
