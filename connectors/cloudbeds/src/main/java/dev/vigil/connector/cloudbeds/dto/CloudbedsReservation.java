package dev.vigil.connector.cloudbeds.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Wire format: the {@code data} of {@code getReservation} (Cloudbeds API v1.3), the fields Vigil reads.
 * Counts come as strings.
 */
public record CloudbedsReservation(
        @JsonProperty("propertyID") String propertyID,
        @JsonProperty("reservationID") String reservationID,
        @JsonProperty("dateModified") String dateModified,
        @JsonProperty("status") String status,
        @JsonProperty("source") String source,
        @JsonProperty("sourceID") String sourceID,
        @JsonProperty("thirdPartyIdentifier") String thirdPartyIdentifier,
        @JsonProperty("startDate") String startDate,
        @JsonProperty("endDate") String endDate,
        @JsonProperty("allotmentBlockCode") String allotmentBlockCode,
        @JsonProperty("channelProvidedCreditCard") Boolean channelProvidedCreditCard,
        @JsonProperty("origin") String origin,
        @JsonProperty("guestList") Map<String, Guest> guestList,
        @JsonProperty("assigned") List<Room> assigned,
        @JsonProperty("unassigned") List<Room> unassigned,
        @JsonProperty("cardsOnFile") List<Card> cardsOnFile) {

    /**
     * Wire format: one guest of {@code guestList}; only the id and whether it is the main guest are read.
     *
     * @param guestID the guest id
     * @param isMainGuest whether this is the main guest
     * @param isMerged whether the profile was merged into another
     * @param newGuestID the profile it was merged into
     */
    public record Guest(@JsonProperty("guestID") String guestID, @JsonProperty("isMainGuest") Boolean isMainGuest,
                        @JsonProperty("isMerged") Boolean isMerged, @JsonProperty("newGuestID") String newGuestID) {
    }

    /**
     * Wire format: an assigned or unassigned room of the reservation.
     *
     * @param roomName the room number (assigned rooms only)
     * @param roomID the room id
     * @param adults adults, as a string
     * @param children children, as a string
     */
    public record Room(@JsonProperty("roomName") String roomName, @JsonProperty("roomID") String roomID,
                       @JsonProperty("adults") String adults, @JsonProperty("children") String children) {
    }

    /**
     * Wire format: a card on file; its masked number is not read.
     *
     * @param cardID Cloudbeds's id of the card
     * @param cardType {@code visa}, {@code master}, {@code amex}, {@code diners}
     */
    public record Card(@JsonProperty("cardID") String cardID, @JsonProperty("cardType") String cardType) {
    }
}
