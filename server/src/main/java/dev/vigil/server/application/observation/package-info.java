/** Filing an observation and reading it back: validation, idempotency, pseudonymisation, stay, audit. */
package dev.vigil.server.application.observation;
