package dev.vigil.server.infrastructure.pdf;

import dev.vigil.server.application.report.CaseReport;
import dev.vigil.server.application.report.CaseReport.Contact;
import dev.vigil.server.application.report.CaseReport.Event;
import dev.vigil.server.application.report.CaseReport.Indicator;
import dev.vigil.server.application.report.CaseReport.Pattern;
import dev.vigil.server.application.report.CaseReport.Relied;
import dev.vigil.server.application.report.CaseReport.Sighting;
import dev.vigil.server.application.report.CaseReport.Source;
import dev.vigil.server.application.report.CaseReport.Step;
import dev.vigil.server.application.report.CaseReportPdf;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Adapter that lays a case's report packet out as a PDF: every fact of the packet, in its order. */
@ApplicationScoped
public class PdfCaseReport implements CaseReportPdf {

    @Override
    public boolean canSet(String text) {
        return WinAnsiText.settable(text);
    }

    @Override
    public byte[] render(CaseReport r) {
        try (PdfLayout pdf = new PdfLayout("Vigil " + r.packet().title(), "Case " + r.caseFile().id())) {
            pdf.title(r.packet().title());
            pdf.paragraph(r.property().name() + " - case " + r.caseFile().id());
            pdf.space();
            r.packet().statements().forEach(pdf::small);
            packet(pdf, r);
            caseFacts(pdf, r);
            observations(pdf, r.observations());
            patterns(pdf, r.patterns());
            steps(pdf, r.actions());
            numbers(pdf, r.numbers());
            history(pdf, r.history());
            relied(pdf, r.reliedOn());
            return pdf.finish("Vigil case report packet - case " + r.caseFile().id() + " - made " + r.packet().generatedAt());
        }
    }

    private static void packet(PdfLayout pdf, CaseReport r) {
        pdf.heading("Packet");
        pdf.field("Made at", r.packet().generatedAt());
        pdf.field("Made by", r.packet().generatedBy());
        pdf.field("Indicator texts in", r.packet().language());
        pdf.field("Property", r.property().name() + " (" + r.property().id() + ")");
        pdf.field("Time zone", r.property().timeZone() + "; every time below is local time with its UTC offset");
        pdf.field("Protocol", r.protocol().id() + " version " + r.protocol().version() + " (" + r.protocol().jurisdiction() + ")");
    }

    private static void caseFacts(PdfLayout pdf, CaseReport r) {
        CaseReport.CaseFacts c = r.caseFile();
        pdf.heading("The case");
        pdf.field("Case", c.id());
        pdf.field("Severity", c.severity() + " (Vigil's review priority, not a finding)");
        pdf.field("Status", c.status());
        pdf.field("Opened", c.openedAt());
        pdf.field("Last changed", c.lastChangedAt());
        pdf.field("Merged into", c.mergedInto());
        pdf.field("First observed", c.firstObservedAt());
        pdf.field("Last observed", c.lastObservedAt());
        pdf.field("Observations", String.valueOf(c.observationCount()));
        pdf.field("Staff who reported", c.reporterCount() + ", in the roles "
                + c.reporterRoles().stream().map(StaffRoles::describe).collect(Collectors.joining(", ")));
        pdf.field("Rooms", String.join(", ", c.rooms()));
        pdf.field("Areas", String.join(", ", c.areas()));
        pdf.field("Identifiers recorded", c.identifiersRecorded().isEmpty() ? "none"
                : c.identifiersRecorded().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase())
                .collect(Collectors.joining(", ")) + " (distinct; values held by the property)");
    }

    private static void observations(PdfLayout pdf, List<Sighting> sightings) {
        pdf.heading("What staff observed, oldest first");
        for (Sighting s : sightings) {
            List<String> where = new ArrayList<>();
            if (s.room() != null) {
                where.add("room " + s.room());
            }
            if (s.area() != null) {
                where.add(s.area());
            }
            pdf.subheading(s.observedAt() + " - " + String.join(", ", where) + " - " + StaffRoles.describe(s.reporterRole()));
            for (Indicator i : s.indicators()) {
                pdf.bullet((i.text() == null ? "" : i.text() + " ") + "[" + i.code() + "]");
            }
        }
    }

    private static void patterns(PdfLayout pdf, List<Pattern> patterns) {
        pdf.heading("Why Vigil grouped these observations");
        pdf.small("Pattern rules count signs and reporters over time; a match asks people to review, it proves nothing.");
        for (Pattern p : patterns) {
            pdf.bullet(p.ruleId() + " " + p.title() + ": tier " + p.tier() + ", " + p.observations()
                    + " observation(s) from " + p.windowStart() + " to " + p.windowEnd());
        }
    }

    private static void steps(PdfLayout pdf, List<Step> steps) {
        pdf.heading("Protocol steps and what was done");
        if (steps.isEmpty()) {
            pdf.paragraph("The protocol requires no step at this case's severity.");
        }
        for (Step s : steps) {
            pdf.subheading(s.kind() + " (" + s.actionId() + "), " + s.severity() + (s.optional() ? ", optional" : ""));
            pdf.field("Who", s.who());
            pdf.field("Contact", s.contacts().isEmpty() ? s.channel() + (s.number() == null ? "" : ": " + s.number())
                    : String.join("; ", s.contacts().stream().map(dev.vigil.server.domain.model.protocol.ActionContact::describe).toList()));
            pdf.field("Required at", s.createdAt());
            pdf.field("Due", s.dueAt());
            pdf.field("State", s.state() + (s.escalations() > 0 ? ", escalated " + s.escalations() + " time(s)"
                    + (s.escalatesTo() == null ? "" : " to " + s.escalatesTo()) : ""));
            pdf.field("Acknowledged", s.acknowledgedAt() == null ? null : s.acknowledgedAt() + " by " + s.acknowledgedBy());
            pdf.field("Created under", s.createdUnder());
            pdf.field("Step source", describe(s.actionSource()));
            pdf.field("Deadline source", s.dueAt() == null ? null : describe(s.deadlineSource()));
            pdf.field("Escalation source", s.escalationSource() == null ? null : describe(s.escalationSource()));
        }
    }

    private static void numbers(PdfLayout pdf, List<Contact> contacts) {
        pdf.heading("Numbers to call");
        for (Contact c : contacts) {
            pdf.subheading((c.name() == null ? c.channel() : c.name()) + (c.number() == null ? ": no number set" : ": " + c.number()));
            pdf.field("TTY", c.tty());
            pdf.field("Text the word", c.keyword());
            pdf.field("For", c.audience());
            pdf.field("Available", c.available());
            pdf.field("Source", describe(c.source()));
        }
    }

    private static void history(PdfLayout pdf, List<Event> events) {
        pdf.heading("Case history");
        for (Event e : events) {
            pdf.bullet(e.at() + " " + e.kind() + " by " + e.by() + (e.detail() == null ? "" : ": " + e.detail()));
        }
    }

    private static void relied(PdfLayout pdf, List<Relied> relied) {
        pdf.heading("Values a person must still confirm");
        if (relied.isEmpty()) {
            pdf.paragraph("None: every protocol value this case relied on is sourced.");
        }
        for (Relied v : relied) {
            pdf.bullet(v.what() + " = " + v.value() + ": " + describe(v.source()));
        }
    }

    static String describe(Source s) {
        StringBuilder text = new StringBuilder(s.status());
        if (!s.sources().isEmpty()) {
            text.append(" - ").append(String.join("; ", s.sources()));
        }
        if (s.note() != null) {
            text.append(" (").append(s.note()).append(")");
        }
        return text.toString();
    }
}
