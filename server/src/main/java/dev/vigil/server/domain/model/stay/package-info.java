/** Stays: one room occupied under one reservation, the subject that room observations join. */
package dev.vigil.server.domain.model.stay;
