/**
 * The outbox: notifications written with the change that caused them and delivered afterwards,
 * with retries, back-off and dead letters.
 */
package dev.vigil.server.domain.model.notification;
