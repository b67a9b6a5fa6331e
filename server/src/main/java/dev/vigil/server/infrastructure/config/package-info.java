/** Settings from MicroProfile Config: data directory, demo mode, properties, filing limits. */
package dev.vigil.server.infrastructure.config;
