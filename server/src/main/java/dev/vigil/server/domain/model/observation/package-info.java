/**
 * Observations: what one staff member saw or heard, when and where, as checklist codes.
 * Immutable once filed; identifiers of people arrive here only as tokens.
 */
package dev.vigil.server.domain.model.observation;
