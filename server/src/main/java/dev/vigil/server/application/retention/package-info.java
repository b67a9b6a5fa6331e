/**
 * Retention: what the protocol says may go, deleted on schedule in small batches, each purge
 * audited by kind and count, never by content.
 */
package dev.vigil.server.application.retention;
