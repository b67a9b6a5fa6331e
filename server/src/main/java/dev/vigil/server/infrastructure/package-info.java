/** Adapters: persistence, packs, crypto, security, configuration, health. They depend inward only. */
package dev.vigil.server.infrastructure;
