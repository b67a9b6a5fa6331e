/** Tenants (hotel chains or owners) and their properties: the scope of every read and write. */
package dev.vigil.server.domain.model.tenant;
