/** JPA (EclipseLink) implementations of the domain repositories and application stores. */
package dev.vigil.server.infrastructure.persistence.jpa;
