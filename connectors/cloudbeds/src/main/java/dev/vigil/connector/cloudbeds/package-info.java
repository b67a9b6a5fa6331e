/**
 * The Cloudbeds connector: {@code client} speaks API v1.3 (errors inside HTTP 200 included), {@code dto}
 * holds its wire format, {@code mapping} turns it into stay contexts, tokenising on the way.
 */
package dev.vigil.connector.cloudbeds;
