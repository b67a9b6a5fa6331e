package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: a payment of {@code payments/getAll}.
 *
 * @param id the payment id
 * @param accountId the account that paid
 * @param accountType {@code Customer} or {@code Company}
 * @param reservationId the reservation paid for, or null
 * @param state {@code Charged}, {@code Canceled}, {@code Pending}, {@code Failed}, {@code Verifying}
 * @param type {@code CreditCardPayment}, {@code CashPayment}, {@code InvoicePayment}, {@code ExternalPayment}, …
 * @param createdUtc when it was made
 */
public record MewsPayment(@JsonProperty("Id") String id, @JsonProperty("AccountId") String accountId,
                          @JsonProperty("AccountType") String accountType,
                          @JsonProperty("ReservationId") String reservationId, @JsonProperty("State") String state,
                          @JsonProperty("Type") String type, @JsonProperty("CreatedUtc") String createdUtc) {

    /**
     * Wire format: a page of payments.
     *
     * @param payments the payments
     * @param cursor the cursor of the next page
     */
    public record Page(@JsonProperty("Payments") List<MewsPayment> payments, @JsonProperty("Cursor") String cursor) {
    }
}
