/** Time conversions shared by the entities. */
package dev.vigil.server.domain.model.time;
