package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: a companionship of {@code companionships/getAll}: a customer staying on a reservation.
 *
 * @param id the companionship id
 * @param customerId the customer
 * @param reservationId the reservation
 */
public record MewsCompanionship(@JsonProperty("Id") String id, @JsonProperty("CustomerId") String customerId,
                                @JsonProperty("ReservationId") String reservationId) {

    /**
     * Wire format: a page of companionships.
     *
     * @param companionships the companionships
     * @param cursor the cursor of the next page
     */
    public record Page(@JsonProperty("Companionships") List<MewsCompanionship> companionships,
                       @JsonProperty("Cursor") String cursor) {
    }
}
