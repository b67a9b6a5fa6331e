/**
 * The Apaleo connector: {@code client} speaks the Booking, Inventory and Finance APIs with
 * client-credentials tokens, {@code dto} holds their wire format, {@code mapping} turns it into stay
 * contexts, tokenising on the way.
 */
package dev.vigil.connector.apaleo;
