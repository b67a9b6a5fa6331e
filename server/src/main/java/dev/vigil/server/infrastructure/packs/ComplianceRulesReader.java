package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.domain.model.protocol.CommercialRule;
import dev.vigil.server.domain.model.protocol.ComplianceRules;
import dev.vigil.server.domain.model.protocol.NoticeRequirement;
import dev.vigil.server.domain.model.protocol.Penalty;
import dev.vigil.server.domain.model.protocol.RegistrationRequirement;
import dev.vigil.server.domain.model.protocol.RetentionRule;
import dev.vigil.server.domain.model.protocol.TrainingRequirement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a merged protocol document's {@code training}, {@code notices}, {@code registration},
 * {@code retention} and {@code commercialRules} into the domain, each value with its provenance.
 * The schema has already checked the shapes; this only converts.
 */
final class ComplianceRulesReader {

    private ComplianceRulesReader() {
    }

    static ComplianceRules read(JsonNode doc) {
        List<NoticeRequirement> notices = new ArrayList<>();
        doc.path("notices").forEach(n -> notices.add(notice(n)));
        List<CommercialRule> commercial = new ArrayList<>();
        doc.path("commercialRules").forEach(c -> commercial.add(new CommercialRule(c.path("id").asText(),
                c.path("text").path("en").asText(null), date(c, "effectiveFrom"), ProtocolPackLoader.provenance(c))));
        return new ComplianceRules(training(doc.path("training")), notices, registration(doc.path("registration")),
                retention(doc.path("retention")), commercial);
    }

    private static TrainingRequirement training(JsonNode t) {
        if (!t.isObject()) {
            return null;
        }
        JsonNode roles = t.path("coveredRoles");
        return new TrainingRequirement(roles.isArray() ? strings(roles) : List.of(roles.asText("all_employees")),
                t.path("atHire").asBoolean(false), period(t, "newHireDeadline"), date(t, "existingStaffDeadline"),
                period(t, "cadence"), t.hasNonNull("certificationDue") ? MonthDay.parse(t.get("certificationDue").asText()) : null,
                text(t, "proof"), t.hasNonNull("minDuration") ? Duration.parse(t.get("minDuration").asText()) : null,
                text(t, "approvedBy"), strings(t.path("requiredTopics")), ProtocolPackLoader.provenance(t));
    }

    private static NoticeRequirement notice(JsonNode n) {
        return new NoticeRequirement(n.path("id").asText(), text(n, "title"), text(n, "audience"), text(n, "placement"),
                text(n, "placementNote"), strings(n.path("languages")), date(n, "requiredFrom"), penalty(n.path("penalty")),
                ProtocolPackLoader.provenance(n));
    }

    private static RegistrationRequirement registration(JsonNode r) {
        if (!r.isObject()) {
            return null;
        }
        return new RegistrationRequirement(text(r, "regulator"), date(r, "requiredFrom"), strings(r.path("fields")),
                strings(r.path("complianceEvidenceFor")), text(r, "fee"), text(r, "renewal"), ProtocolPackLoader.provenance(r));
    }

    private static List<RetentionRule> retention(JsonNode r) {
        List<RetentionRule> rules = new ArrayList<>();
        JsonNode guest = r.path("guestTransactions");
        if (guest.isObject()) {
            rules.add(new RetentionRule("guestTransactions", RetentionRule.Kind.FLOOR, integer(guest, "minDays"),
                    integer(guest, "maxDays"), text(guest, "countedFrom"), null, ProtocolPackLoader.provenance(guest)));
        }
        for (String record : List.of("observationsWithoutCase", "cases", "trainingRecords", "auditEntries")) {
            JsonNode p = r.path(record);
            if (p.isObject()) {
                String location = text(p, "location");
                rules.add(new RetentionRule(record, RetentionRule.Kind.PERIOD, integer(p, "days"), null,
                        text(p, "countedFrom"), location == null ? null : "kept in the " + location.replace('_', ' '),
                        ProtocolPackLoader.provenance(p)));
            }
        }
        JsonNode release = r.path("releaseToLawEnforcement");
        if (release.isObject()) {
            rules.add(new RetentionRule("releaseToLawEnforcement", RetentionRule.Kind.POLICY, null, null, null,
                    text(release, "policy"), ProtocolPackLoader.provenance(release)));
        }
        return rules;
    }

    private static Penalty penalty(JsonNode p) {
        if (!p.isObject()) {
            return null;
        }
        return new Penalty(integer(p, "first"), integer(p, "subsequent"), integer(p, "daily"),
                integer(p, "correctionPeriodDays"), text(p, "currency"), ProtocolPackLoader.provenance(p));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** A calendar period; a duration with hours or minutes (allowed by the schema) counts in whole days, rounded up. */
    private static Period period(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        String text = node.get(field).asText();
        if (!text.contains("T")) {
            return Period.parse(text);
        }
        int dateDays = text.startsWith("PT") ? 0 : Period.parse(text.substring(0, text.indexOf('T'))).getDays();
        long seconds = Duration.parse("P" + text.substring(text.indexOf('T'))).getSeconds();
        return Period.ofDays(dateDays + (int) Math.ceil(seconds / 86400.0));
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).canConvertToInt() ? node.get(field).asInt() : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
