package dev.vigil.server.domain.model.protocol;

import java.util.Objects;

/**
 * How long one kind of record is kept. A floor ({@code guestTransactions}) says how long at least;
 * a period says when it goes; a policy says when it may be released. {@code null} days: no period
 * set, the property's policy applies.
 */
public record RetentionRule(String record, Kind kind, Integer days, Integer maxDays, String countedFrom, String detail,
                            Provenance provenance) {

    /** What sort of rule it is. */
    public enum Kind { FLOOR, PERIOD, POLICY }

    public RetentionRule {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The rule in words, e.g. "at least 183 days from transaction_or_departure_whichever_later; no maximum set". */
    public String describe() {
        String from = countedFrom == null ? "" : " from " + countedFrom;
        String where = detail == null ? "" : "; " + detail;
        return switch (kind) {
            case FLOOR -> (days == null ? "no minimum set" : "at least " + days + " days" + from)
                    + (maxDays == null ? "; no maximum set (property policy)" : "; at most " + maxDays + " days") + where;
            case PERIOD -> (days == null ? "no period set (property policy)" : days + " days" + from) + where;
            case POLICY -> detail == null ? "no policy set" : detail;
        };
    }
}
