/**
 * The OPERA Cloud connector through OHIP: {@code client} speaks the Reservation and Integration Processor
 * APIs with OAuth tokens, {@code dto} holds their wire format, {@code mapping} turns it into stay contexts.
 */
package dev.vigil.connector.opera;
