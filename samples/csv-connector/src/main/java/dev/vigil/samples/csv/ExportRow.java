package dev.vigil.samples.csv;

import java.util.List;
import java.util.Map;

/**
 * Wire format: one line of the export, by column name, exactly as the PMS wrote it. The columns:
 * {@code reservation_id, confirmation, status, room, arrival, departure, adults, children, child_ages,
 * channel, group_code, guest_id, booker_id, payer_account, payment, updated_at}.
 *
 * @param values the line's values by column
 */
public record ExportRow(Map<String, String> values) {

    /** The columns every export must have. */
    public static final List<String> REQUIRED = List.of("reservation_id", "status", "arrival", "departure", "updated_at");

    /**
     * One value.
     *
     * @param column the column
     * @return the value, or null when empty
     */
    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
