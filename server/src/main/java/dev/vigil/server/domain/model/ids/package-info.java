/** Identifiers shared by several parts of the domain. */
package dev.vigil.server.domain.model.ids;
