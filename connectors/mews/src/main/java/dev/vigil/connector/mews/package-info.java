/**
 * The Mews connector: {@code client} speaks the Connector API, {@code dto} holds its wire format as Mews
 * sends it, {@code mapping} turns it into stay contexts, tokenising on the way.
 */
package dev.vigil.connector.mews;
