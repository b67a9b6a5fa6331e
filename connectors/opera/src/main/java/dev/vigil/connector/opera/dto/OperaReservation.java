package dev.vigil.connector.opera.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: {@code reservationInfoType} of {@code getHotelReservations} (OHIP Reservation API,
 * {@code rsv.json}), the fields Vigil reads.
 */
public record OperaReservation(
        @JsonProperty("reservationIdList") List<Id> reservationIdList,
        @JsonProperty("roomStay") RoomStay roomStay,
        @JsonProperty("reservationGuest") Guest reservationGuest,
        @JsonProperty("attachedProfiles") List<AttachedProfile> attachedProfiles,
        @JsonProperty("reservationPaymentMethod") PaymentMethod reservationPaymentMethod,
        @JsonProperty("sourceOfSale") SourceOfSale sourceOfSale,
        @JsonProperty("hotelId") String hotelId,
        @JsonProperty("reservationStatus") String reservationStatus,
        @JsonProperty("lastModifyDateTime") String lastModifyDateTime,
        @JsonProperty("walkInIndicator") Boolean walkInIndicator,
        @JsonProperty("paymentMethod") String paymentMethod) {

    /**
     * Wire format: {@code uniqueID_Type}.
     *
     * @param id the id
     * @param type e.g. {@code Reservation}, {@code Confirmation}, {@code Profile}
     */
    public record Id(@JsonProperty("id") String id, @JsonProperty("type") String type) {
    }

    /**
     * Wire format: {@code stayInfoType}.
     *
     * @param arrivalDate the arrival date
     * @param departureDate the departure date
     * @param adultCount adults
     * @param childCount children
     * @param childAges the children's ages (with {@code fetchInstructions=FetchChildAges})
     * @param roomId the room number
     * @param bookingChannelCode the booking channel
     * @param reservationBlock the block the reservation belongs to
     */
    public record RoomStay(@JsonProperty("arrivalDate") String arrivalDate,
                           @JsonProperty("departureDate") String departureDate,
                           @JsonProperty("adultCount") Integer adultCount, @JsonProperty("childCount") Integer childCount,
                           @JsonProperty("childAges") List<ChildAge> childAges, @JsonProperty("roomId") String roomId,
                           @JsonProperty("bookingChannelCode") String bookingChannelCode,
                           @JsonProperty("reservationBlock") Block reservationBlock) {
    }

    /**
     * Wire format: {@code childAgeType}.
     *
     * @param age the child's age
     */
    public record ChildAge(@JsonProperty("age") Integer age) {
    }

    /**
     * Wire format: {@code reservationBlockType}.
     *
     * @param blockIdList the block's ids
     */
    public record Block(@JsonProperty("blockIdList") List<Id> blockIdList) {
    }

    /**
     * Wire format: {@code resGuestInfoType}: the guest's profile id (names are not read).
     *
     * @param id the profile id
     * @param accompanyGuests the other guests
     */
    public record Guest(@JsonProperty("id") String id, @JsonProperty("accompanyGuests") List<Companion> accompanyGuests) {
    }

    /**
     * Wire format: {@code resAccompanyGuestInfoType}.
     *
     * @param profileIdList the companion's profile ids
     */
    public record Companion(@JsonProperty("profileIdList") List<Id> profileIdList) {
    }

    /**
     * Wire format: {@code resAttachedProfileType}.
     *
     * @param profileIdList the profile's ids
     * @param reservationProfileType {@code Company}, {@code TravelAgent}, {@code ReservationContact}, …
     */
    public record AttachedProfile(@JsonProperty("profileIdList") List<Id> profileIdList,
                                  @JsonProperty("reservationProfileType") String reservationProfileType) {
    }

    /**
     * Wire format: {@code reservationPaymentMethodType}.
     *
     * @param paymentMethod the property's payment-method code
     * @param paymentCard the card, for card methods
     */
    public record PaymentMethod(@JsonProperty("paymentMethod") String paymentMethod,
                                @JsonProperty("paymentCard") PaymentCard paymentCard) {
    }

    /**
     * Wire format: {@code resPaymentCardType}; the card number is never read.
     *
     * @param cardId OPERA's id of the stored card
     * @param cardType e.g. {@code Va}, {@code Mc}, {@code Ax}
     */
    public record PaymentCard(@JsonProperty("cardId") Id cardId, @JsonProperty("cardType") String cardType) {
    }

    /**
     * Wire format: {@code sourceOfSaleType}.
     *
     * @param sourceType e.g. {@code GDS}, {@code PMS}, {@code OTA}
     * @param sourceCode e.g. {@code 1A}
     */
    public record SourceOfSale(@JsonProperty("sourceType") String sourceType, @JsonProperty("sourceCode") String sourceCode) {
    }

    /**
     * Wire format: {@code reservationsDetails}.
     *
     * @param reservations the page
     */
    public record Details(@JsonProperty("reservations") Page reservations) {
    }

    /**
     * Wire format: the page inside {@code reservationsDetails}.
     *
     * @param reservationInfo the reservations
     * @param hasMore whether more pages follow
     * @param totalResults how many in all
     */
    public record Page(@JsonProperty("reservationInfo") List<OperaReservation> reservationInfo,
                       @JsonProperty("hasMore") Boolean hasMore, @JsonProperty("totalResults") Integer totalResults) {
    }
}
