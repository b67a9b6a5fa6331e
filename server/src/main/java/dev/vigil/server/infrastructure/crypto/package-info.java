/** Keyed hashing and encryption under per-tenant keys, with the JDK's JCA providers. */
package dev.vigil.server.infrastructure.crypto;
