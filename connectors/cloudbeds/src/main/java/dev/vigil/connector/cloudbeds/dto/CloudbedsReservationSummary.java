package dev.vigil.connector.cloudbeds.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire format: one item of {@code getReservations}: enough to choose which reservation to read in full.
 *
 * @param reservationID the reservation id
 * @param status its status
 * @param startDate the check-in date
 * @param endDate the check-out date
 */
public record CloudbedsReservationSummary(@JsonProperty("reservationID") String reservationID,
                                          @JsonProperty("status") String status,
                                          @JsonProperty("startDate") String startDate,
                                          @JsonProperty("endDate") String endDate) {
}
