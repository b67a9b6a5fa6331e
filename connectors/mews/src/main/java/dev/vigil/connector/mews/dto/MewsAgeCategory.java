package dev.vigil.connector.mews.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire format: an age category of {@code ageCategories/getAll}.
 *
 * @param id the category id
 * @param classification {@code Adult} or {@code Child}
 * @param minimalAge the youngest age, or null
 * @param maximalAge the oldest age, or null
 */
public record MewsAgeCategory(@JsonProperty("Id") String id, @JsonProperty("Classification") String classification,
                              @JsonProperty("MinimalAge") Integer minimalAge,
                              @JsonProperty("MaximalAge") Integer maximalAge) {

    /**
     * Wire format: a page of age categories.
     *
     * @param ageCategories the categories
     * @param cursor the cursor of the next page
     */
    public record Page(@JsonProperty("AgeCategories") List<MewsAgeCategory> ageCategories,
                       @JsonProperty("Cursor") String cursor) {
    }
}
