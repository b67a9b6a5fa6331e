/**
 * Adapters of the PMS connectors: the connections built from configuration ({@code vigil.property.<id>.connector},
 * {@code vigil.connector.<system>.<key>}), their relational stores, the timer that handles events, polls and
 * retries lookups, and their health in {@code /health/ready}.
 */
package dev.vigil.server.infrastructure.connector;
