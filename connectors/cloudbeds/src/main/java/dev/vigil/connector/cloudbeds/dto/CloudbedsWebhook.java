package dev.vigil.connector.cloudbeds.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire format: a webhook event ({@code object/action}); {@code propertyID} is a number here, a string
 * elsewhere, and {@code timestamp} is epoch seconds with a fraction.
 *
 * @param event e.g. {@code reservation/status_changed}
 * @param reservationID the reservation, for reservation and guest events
 * @param guestID the guest, for guest events
 * @param propertyID the property, as a number
 * @param propertyIDStr the property, as a string
 * @param timestamp when, in epoch seconds
 */
public record CloudbedsWebhook(@JsonProperty("event") String event, @JsonProperty("reservationID") String reservationID,
                               @JsonProperty("guestID") String guestID, @JsonProperty("propertyID") String propertyID,
                               @JsonProperty("propertyID_str") String propertyIDStr,
                               @JsonProperty("timestamp") Double timestamp) {
}
