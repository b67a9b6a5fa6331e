package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: a General Webhook delivery: ids only.
 *
 * @param enterpriseId the enterprise the events belong to
 * @param integrationId the integration
 * @param events the events
 */
public record MewsWebhook(@JsonProperty("EnterpriseId") String enterpriseId,
                          @JsonProperty("IntegrationId") String integrationId,
                          @JsonProperty("Events") List<Event> events) {

    /**
     * Wire format: one event.
     *
     * @param discriminator e.g. {@code ServiceOrderUpdated}
     * @param value what it is about
     */
    public record Event(@JsonProperty("Discriminator") String discriminator, @JsonProperty("Value") Value value) {
    }

    /**
     * Wire format: the id of what changed.
     *
     * @param id the entity id
     */
    public record Value(@JsonProperty("Id") String id) {
    }
}
