package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: a resource of {@code resources/getAll}; a room's number is its {@code Name}.
 *
 * @param id the resource id
 * @param name the room number
 * @param state e.g. {@code Clean}, {@code Inspected}
 */
public record MewsResource(@JsonProperty("Id") String id, @JsonProperty("Name") String name,
                           @JsonProperty("State") String state) {

    /**
     * Wire format: a page of resources.
     *
     * @param resources the resources
     * @param cursor the cursor of the next page
     */
    public record Page(@JsonProperty("Resources") List<MewsResource> resources, @JsonProperty("Cursor") String cursor) {
    }
}
