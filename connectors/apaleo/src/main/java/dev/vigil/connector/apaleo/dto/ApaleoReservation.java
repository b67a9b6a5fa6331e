package dev.vigil.connector.apaleo.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: {@code ReservationItemModel} of the Booking API, as Apaleo sends it (the fields Vigil
 * reads). Dates are ISO 8601 with an offset.
 */
public record ApaleoReservation(
        @JsonProperty("id") String id,
        @JsonProperty("bookingId") String bookingId,
        @JsonProperty("blockId") String blockId,
        @JsonProperty("status") String status,
        @JsonProperty("checkInTime") String checkInTime,
        @JsonProperty("checkOutTime") String checkOutTime,
        @JsonProperty("property") Ref property,
        @JsonProperty("unit") Unit unit,
        @JsonProperty("arrival") String arrival,
        @JsonProperty("departure") String departure,
        @JsonProperty("modified") String modified,
        @JsonProperty("adults") int adults,
        @JsonProperty("childrenAges") List<Integer> childrenAges,
        @JsonProperty("channelCode") String channelCode,
        @JsonProperty("externalCode") String externalCode,
        @JsonProperty("primaryGuest") Person primaryGuest,
        @JsonProperty("additionalGuests") List<Person> additionalGuests,
        @JsonProperty("booker") Person booker,
        @JsonProperty("paymentAccount") PaymentAccount paymentAccount,
        @JsonProperty("guaranteeType") String guaranteeType,
        @JsonProperty("company") Ref company) {

    /**
     * Wire format: an embedded reference.
     *
     * @param id its id
     */
    public record Ref(@JsonProperty("id") String id) {
    }

    /**
     * Wire format: the unit (room) assigned.
     *
     * @param id the unit id
     * @param name the room number
     */
    public record Unit(@JsonProperty("id") String id, @JsonProperty("name") String name) {
    }

    /**
     * Wire format: a guest or booker ({@code GuestModel}, {@code BookerModel}); Apaleo gives them no id.
     *
     * @param firstName the given name
     * @param lastName the family name
     * @param email the e-mail address
     * @param birthDate the birth date
     */
    public record Person(@JsonProperty("firstName") String firstName, @JsonProperty("lastName") String lastName,
                         @JsonProperty("email") String email, @JsonProperty("birthDate") String birthDate) {
    }

    /**
     * Wire format: the payment account of the reservation.
     *
     * @param paymentMethod e.g. {@code visa}
     * @param payerEmail the payer's e-mail address
     * @param isVirtual whether it is a channel's virtual card
     * @param isActive whether it can be charged
     */
    public record PaymentAccount(@JsonProperty("paymentMethod") String paymentMethod,
                                 @JsonProperty("payerEmail") String payerEmail,
                                 @JsonProperty("isVirtual") boolean isVirtual,
                                 @JsonProperty("isActive") boolean isActive) {
    }

    /**
     * Wire format: {@code ReservationListModel}.
     *
     * @param reservations one page of reservations
     * @param count how many match in all
     */
    public record Page(@JsonProperty("reservations") List<ApaleoReservation> reservations,
                       @JsonProperty("count") int count) {
    }
}
