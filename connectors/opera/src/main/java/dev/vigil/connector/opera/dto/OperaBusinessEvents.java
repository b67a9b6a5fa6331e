package dev.vigil.connector.opera.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: {@code businessEvents} of {@code getBusinessEvents} (OHIP Integration Processor, {@code int.json}).
 *
 * @param businessEventData the events dequeued
 */
public record OperaBusinessEvents(@JsonProperty("businessEventData") List<Data> businessEventData) {

    /**
     * Wire format: {@code businessEventDataType}.
     *
     * @param businessEvent the event
     * @param businessEventId its id
     */
    public record Data(@JsonProperty("businessEvent") Event businessEvent,
                       @JsonProperty("businessEventId") OperaReservation.Id businessEventId) {
    }

    /**
     * Wire format: {@code businessEventType}.
     *
     * @param header what happened to what
     */
    public record Event(@JsonProperty("header") Header header) {
    }

    /**
     * Wire format: {@code businessEventHeaderType}.
     *
     * @param moduleName e.g. {@code Reservation}, {@code Profile}
     * @param actionType e.g. {@code CHECK IN}
     * @param actionId the action's id within the module
     * @param primaryKey the entity's key, e.g. the reservation's id
     * @param createdDateTime when
     * @param hotelId the property
     */
    public record Header(@JsonProperty("moduleName") String moduleName, @JsonProperty("actionType") String actionType,
                         @JsonProperty("actionId") Long actionId, @JsonProperty("primaryKey") String primaryKey,
                         @JsonProperty("createdDateTime") String createdDateTime, @JsonProperty("hotelId") String hotelId) {
    }
}
