package dev.vigil.plugin.notify;

/**
 * A way to deliver notifications: e-mail, a signed webhook, an SMS gateway, a pager.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}, configured once, then called
 * from the dispatcher's thread, never from a request thread; they may block for as long as the
 * receiver takes (keep a timeout). The same message may be delivered again after a crash or a
 * failed attempt: receivers that must not act twice should remember {@link OutboundMessage#id()}.
 */
public interface NotificationChannel {

    /**
     * The scheme routes use to name this channel, in lower case: {@code sms} for the route
     * {@code sms:+18605550100}. Built-in schemes ({@code email}, {@code webhook}) cannot be replaced.
     *
     * @return the scheme, letters, digits and hyphens only
     */
    String scheme();

    /**
     * Called once before the first delivery with the settings under {@code vigil.channel.<scheme>.}.
     * A channel that cannot work with them throws {@link IllegalArgumentException} naming the setting;
     * the server then refuses to deliver through it and says why in its log.
     *
     * @param settings this channel's settings
     */
    default void configure(ChannelSettings settings) {
    }

    /**
     * Delivers one message. Returning normally means the receiver accepted it.
     *
     * @param message what to say and to whom
     * @throws DeliveryException when the receiver refused or could not be reached; the dispatcher
     *         tries again later unless the exception is {@linkplain DeliveryException#permanent() permanent}
     */
    void deliver(OutboundMessage message) throws DeliveryException;
}
