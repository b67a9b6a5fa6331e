package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: a reservation of {@code reservations/getAll/2023-06-06}, field names as Mews sends them
 * (only the fields Vigil reads; the others are ignored).
 */
public record MewsReservation(
        @JsonProperty("Id") String id,
        @JsonProperty("ServiceId") String serviceId,
        @JsonProperty("AccountId") String accountId,
        @JsonProperty("AccountType") String accountType,
        @JsonProperty("BookerId") String bookerId,
        @JsonProperty("Number") String number,
        @JsonProperty("State") String state,
        @JsonProperty("Origin") String origin,
        @JsonProperty("CommanderOrigin") String commanderOrigin,
        @JsonProperty("UpdatedUtc") String updatedUtc,
        @JsonProperty("CancellationReason") String cancellationReason,
        @JsonProperty("CreditCardId") String creditCardId,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("AssignedResourceId") String assignedResourceId,
        @JsonProperty("PartnerCompanyId") String partnerCompanyId,
        @JsonProperty("TravelAgencyId") String travelAgencyId,
        @JsonProperty("ChannelNumber") String channelNumber,
        @JsonProperty("ScheduledStartUtc") String scheduledStartUtc,
        @JsonProperty("ActualStartUtc") String actualStartUtc,
        @JsonProperty("ScheduledEndUtc") String scheduledEndUtc,
        @JsonProperty("ActualEndUtc") String actualEndUtc,
        @JsonProperty("PersonCounts") List<PersonCount> personCounts) {

    /**
     * Wire format: how many people of one age category.
     *
     * @param ageCategoryId the age category
     * @param count how many
     */
    public record PersonCount(@JsonProperty("AgeCategoryId") String ageCategoryId, @JsonProperty("Count") int count) {
    }

    /**
     * Wire format: a page of reservations.
     *
     * @param reservations the reservations
     * @param cursor the id of the last item, to ask for the next page; null at the end
     */
    public record Page(@JsonProperty("Reservations") List<MewsReservation> reservations,
                       @JsonProperty("Cursor") String cursor) {
    }
}
