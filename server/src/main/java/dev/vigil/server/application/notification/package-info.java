/**
 * Notifications: what a case's new and overdue actions tell people outside the request, written to
 * the outbox in the same transaction, then delivered by the dispatcher; dead letters for admins.
 */
package dev.vigil.server.application.notification;
