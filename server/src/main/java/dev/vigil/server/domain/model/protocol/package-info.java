/**
 * Reporting protocols as data: per jurisdiction, the channels and numbers, the ordered actions each
 * case severity calls for with deadlines and escalation, and the retention periods. Every value
 * carries where it comes from and whether that is sourced, inferred or assumed.
 */
package dev.vigil.server.domain.model.protocol;
