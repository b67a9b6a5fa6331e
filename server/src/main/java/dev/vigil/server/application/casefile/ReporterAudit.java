package dev.vigil.server.application.casefile;

import java.time.Instant;
import java.util.List;

/**
 * Per reporter over a period: how many observations they filed, how many another staff member
 * corroborated (a different reporter, a shared subject, within the corroboration window), and how
 * many notes were flagged for describing a person. A guard against mistaken, biased or malicious
 * reports (rule R13's audit); a low rate is a question to ask, not a verdict.
 */
public record ReporterAudit(String propertyId, Instant from, Instant to, long corroborationWindowHours, List<Row> reporters) {

    /** One reporter's figures. */
    public record Row(String reporterId, List<String> roles, int filed, int corroborated, int flaggedNotes,
                      double corroborationRate) {
    }
}
