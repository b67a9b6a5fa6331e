/**
 * Notification channels: how Vigil tells people outside the request that a case needs them.
 *
 * <p>Vigil writes every notification to its outbox in the transaction that caused it, then a
 * dispatcher hands it to the {@link dev.vigil.plugin.notify.NotificationChannel} whose scheme the
 * route names ({@code email:security@hotel.example}, {@code webhook:ops}, {@code sms:+18605550100}).
 * A chain adds a channel by putting a jar that implements the interface, with a
 * {@code META-INF/services/dev.vigil.plugin.notify.NotificationChannel} entry, on the server's
 * class path. Messages carry no guest identifiers: only what the recipient needs to open the case.
 */
package dev.vigil.plugin.notify;
