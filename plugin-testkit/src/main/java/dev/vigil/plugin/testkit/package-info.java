/**
 * The contract test kit for connector plugins: extend {@link dev.vigil.plugin.testkit.ConnectorContract}
 * in a connector's tests, against a fake that speaks the PMS's documented API
 * ({@link dev.vigil.plugin.testkit.WireMockJournal} reads a WireMock fake's log), and check the fake's
 * answers against the vendor's OpenAPI file with {@link dev.vigil.plugin.testkit.OpenApiContract}.
 */
package dev.vigil.plugin.testkit;
