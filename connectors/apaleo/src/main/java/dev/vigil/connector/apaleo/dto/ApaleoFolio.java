package dev.vigil.connector.apaleo.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: {@code FolioItemModel} / {@code FolioModel} of the Finance API.
 *
 * @param id the folio id
 * @param type {@code Guest}, {@code External}, …
 * @param isMainFolio whether it is the reservation's main folio
 * @param reservation the reservation it belongs to
 * @param debitor who pays it
 * @param company the company it is billed to
 */
public record ApaleoFolio(@JsonProperty("id") String id, @JsonProperty("type") String type,
                          @JsonProperty("isMainFolio") boolean isMainFolio,
                          @JsonProperty("reservation") Reservation reservation,
                          @JsonProperty("debitor") Debitor debitor,
                          @JsonProperty("company") ApaleoReservation.Ref company) {

    /**
     * Wire format: {@code EmbeddedReservationModel}.
     *
     * @param id the reservation id
     * @param bookingId the booking id
     */
    public record Reservation(@JsonProperty("id") String id, @JsonProperty("bookingId") String bookingId) {
    }

    /**
     * Wire format: {@code FolioDebitorModel}.
     *
     * @param firstName the given name
     * @param name the family name
     * @param email the e-mail address
     */
    public record Debitor(@JsonProperty("firstName") String firstName, @JsonProperty("name") String name,
                          @JsonProperty("email") String email) {
    }

    /**
     * Wire format: {@code FolioListModel}.
     *
     * @param folios the folios
     * @param count how many in all
     */
    public record Page(@JsonProperty("folios") List<ApaleoFolio> folios, @JsonProperty("count") int count) {
    }

    /**
     * Wire format: {@code FolioPaymentModel}.
     *
     * @param id the payment id
     * @param method {@code Cash}, {@code CreditCard}, {@code BookingCom}, …
     */
    public record Payment(@JsonProperty("id") String id, @JsonProperty("method") String method) {
    }

    /**
     * Wire format: {@code PaymentListModel}.
     *
     * @param payments the payments
     * @param count how many in all
     */
    public record Payments(@JsonProperty("payments") List<Payment> payments, @JsonProperty("count") int count) {
    }
}
