/**
 * The pattern engine: observations and rules in, matches out, no I/O. Past observations come
 * through the {@link dev.vigil.server.domain.model.pattern.ObservationHistory} port.
 */
package dev.vigil.server.domain.service.pattern;
