package dev.vigil.connector.apaleo.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: one webhook event ({@code webhooks-payload.html}); a health check carries
 * {@code propertyIds}, other events {@code propertyId} and {@code data.entityId}.
 *
 * @param id the event id
 * @param topic e.g. {@code Reservation}, {@code Folio}, {@code system}
 * @param type e.g. {@code checked-in}
 * @param accountId the account
 * @param propertyId the property
 * @param propertyIds the properties of a health check
 * @param timestamp epoch milliseconds
 * @param data what changed
 */
public record ApaleoEvent(@JsonProperty("id") String id, @JsonProperty("topic") String topic,
                          @JsonProperty("type") String type, @JsonProperty("accountId") String accountId,
                          @JsonProperty("propertyId") String propertyId,
                          @JsonProperty("propertyIds") List<String> propertyIds,
                          @JsonProperty("timestamp") Long timestamp, @JsonProperty("data") Data data) {

    /**
     * Wire format: the event's subject.
     *
     * @param entityId the id of what changed
     */
    public record Data(@JsonProperty("entityId") String entityId) {
    }
}
