/** MicroProfile Health checks. */
package dev.vigil.server.infrastructure.health;
