package dev.vigil.connector.cloudbeds.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wire format: every Cloudbeds answer: {@code success}, and {@code data} or, when {@code success} is
 * false (even with HTTP 200), {@code message}.
 *
 * @param success whether the call worked
 * @param message what went wrong
 * @param data the answer
 * @param count items on this page
 * @param total items in all
 */
public record CloudbedsEnvelope(@JsonProperty("success") boolean success, @JsonProperty("message") String message,
                                @JsonProperty("data") JsonNode data, @JsonProperty("count") Integer count,
                                @JsonProperty("total") Integer total) {
}
