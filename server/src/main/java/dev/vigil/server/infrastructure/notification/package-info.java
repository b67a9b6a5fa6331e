/**
 * The built-in notification channels (e-mail, signed webhooks, the server log), the plugins found
 * on the class path, and where each property's notifications go, all from configuration.
 */
package dev.vigil.server.infrastructure.notification;
