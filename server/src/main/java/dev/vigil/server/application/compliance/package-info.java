/**
 * Compliance evidence: recording staff training and certification, checks of the posted notices and
 * the operator's registration data, and the summary of a property's standing against its protocol,
 * as data or PDF. Every write and every export is audited. A training gap never blocks or delays a
 * report: nothing in the filing or case use cases reads this package.
 */
package dev.vigil.server.application.compliance;
