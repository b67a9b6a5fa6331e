/** Loading versioned YAML packs, validated against their JSON Schema before anything uses them. */
package dev.vigil.server.infrastructure.packs;
