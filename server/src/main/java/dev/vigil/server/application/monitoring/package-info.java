/** What operators watch: the outbox, overdue steps and the background work, as figures for metrics and health. */
package dev.vigil.server.application.monitoring;
