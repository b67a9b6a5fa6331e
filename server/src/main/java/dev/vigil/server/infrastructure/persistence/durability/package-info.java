/** What a commit means on each database: on disk before anyone is told it happened. */
package dev.vigil.server.infrastructure.persistence.durability;
