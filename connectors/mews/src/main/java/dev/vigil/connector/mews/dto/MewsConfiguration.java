package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire format: the answer of {@code configuration/get}, of which Vigil reads the enterprise.
 *
 * @param enterprise the enterprise the access token belongs to
 */
public record MewsConfiguration(@JsonProperty("Enterprise") Enterprise enterprise) {

    /**
     * Wire format: an enterprise (a property).
     *
     * @param id its id
     * @param timeZoneIdentifier its IANA time zone
     */
    public record Enterprise(@JsonProperty("Id") String id, @JsonProperty("TimeZoneIdentifier") String timeZoneIdentifier) {
    }
}
