/** Schema migrations with Flyway: the same versioned SQL on H2 and PostgreSQL. */
package dev.vigil.server.infrastructure.persistence.migration;
