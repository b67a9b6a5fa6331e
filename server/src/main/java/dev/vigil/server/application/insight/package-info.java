/**
 * Read-only views of one property for security and managers: where observations and open cases
 * gather (by room and floor, and by area) over a period, and how long cases waited for their first
 * acknowledgement and for a decision, per severity. Every read is audited.
 */
package dev.vigil.server.application.insight;
