package dev.vigil.server.application.pattern;

/** Simulate a rule pack (YAML text) over the stored observations of a period, optionally of one property. */
public record SimulationCommand(String pack, String from, String to, String propertyId) {
}
