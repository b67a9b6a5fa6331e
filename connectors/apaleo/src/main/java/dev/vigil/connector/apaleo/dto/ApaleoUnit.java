package dev.vigil.connector.apaleo.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: {@code UnitItemModel} of the Inventory API.
 *
 * @param id the unit id
 * @param name the room number
 */
public record ApaleoUnit(@JsonProperty("id") String id, @JsonProperty("name") String name) {

    /**
     * Wire format: {@code UnitListModel}.
     *
     * @param units one page of units
     * @param count how many in all
     */
    public record Page(@JsonProperty("units") List<ApaleoUnit> units, @JsonProperty("count") int count) {
    }
}
