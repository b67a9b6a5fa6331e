package dev.vigil.server.domain.model.protocol;

import java.util.ArrayList;
import java.util.List;

/** A fine as a source states it; an absent amount is unknown, not zero. */
public record Penalty(Integer first, Integer subsequent, Integer daily, Integer correctionPeriodDays, String currency,
                      Provenance provenance) {

    /** The amounts in words, e.g. "100 USD first, 250 USD later". */
    public String describe() {
        String unit = currency == null ? "" : " " + currency;
        List<String> parts = new ArrayList<>();
        if (first != null) {
            parts.add(first + unit + " first");
        }
        if (subsequent != null) {
            parts.add(subsequent + unit + " later");
        }
        if (daily != null) {
            parts.add(daily + unit + " a day");
        }
        if (correctionPeriodDays != null) {
            parts.add(correctionPeriodDays + " days to correct");
        }
        return parts.isEmpty() ? "amount unknown" : String.join(", ", parts);
    }
}
