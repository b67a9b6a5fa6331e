/** Vigil's figures for MicroProfile Metrics. */
package dev.vigil.server.infrastructure.metrics;
