/**
 * Compliance evidence a property keeps: each employee's training and certification, checks of the
 * posted notices, and the operator's registration data. Staff are not guests: their references and
 * names are stored as given. Nothing here ever gates or delays a report.
 */
package dev.vigil.server.domain.model.compliance;
