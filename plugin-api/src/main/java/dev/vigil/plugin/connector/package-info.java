/**
 * PMS connectors: how Vigil learns about stays from a property-management system, read-only.
 *
 * <p>A plugin implements {@link dev.vigil.plugin.connector.ConnectorFactory} and lists it in
 * {@code META-INF/services/dev.vigil.plugin.connector.ConnectorFactory}. The server creates one
 * {@link dev.vigil.plugin.connector.PmsConnector} per property that names the factory's id in
 * {@code vigil.property.<property>.connector}. The connector resolves reservations and rooms into
 * {@link dev.vigil.plugin.stay.StayContext}s, tokenising every identifier of a person or a payment
 * instrument with the server's {@link dev.vigil.plugin.subject.SubjectTokenizer} on the way, and turns
 * PMS events into {@link dev.vigil.plugin.connector.StayUpdate}s. It never writes to the PMS.
 * The {@code vigil-plugin-testkit} module holds the contract tests every connector runs.
 */
package dev.vigil.plugin.connector;
