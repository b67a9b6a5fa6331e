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
import dev.vigil.server.application.shared.MessagesSource;
import dev.vigil.server.domain.model.text.BidiText;
import dev.vigil.server.domain.model.text.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adapter that lays a case's report packet out as a PDF in the packet's language: every fact of
 * the packet, in its order, with the labels from the messages pack; right-to-left languages are
 * set right-aligned.
 */
@ApplicationScoped
public class PdfCaseReport implements CaseReportPdf {

    private MessagesSource messages;

    protected PdfCaseReport() {
        // for CDI
    }

    @Inject
    public PdfCaseReport(MessagesSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean canSet(String text) {
        return PdfFonts.covers(PdfText.shape(BidiText.strip(text)));
    }

    @Override
    public byte[] render(CaseReport r) {
        Wording say = messages.messages().in(r.packet().language());
        try (PdfLayout pdf = new PdfLayout("Vigil - " + r.packet().title(), say.say("pdf.subject", "id", r.caseFile().id()),
                PdfText.rightToLeft(r.packet().language()))) {
            pdf.title(r.packet().title());
            pdf.paragraph(say.say("pdf.caseOf", "property", r.property().name(), "id", r.caseFile().id()));
            pdf.space();
            r.packet().statements().forEach(pdf::small);
            packet(pdf, r, say);
            caseFacts(pdf, r, say);
            observations(pdf, r.observations(), say);
            patterns(pdf, r.patterns(), say);
            steps(pdf, r.actions(), say);
            numbers(pdf, r.numbers(), say);
            history(pdf, r.history(), say);
            relied(pdf, r.reliedOn(), say);
            return pdf.finish(say.say("pdf.footer", "id", r.caseFile().id(), "at", r.packet().generatedAt()),
                    (page, pages) -> say.say("pdf.page", "page", page, "pages", pages));
        }
    }

    private static void packet(PdfLayout pdf, CaseReport r, Wording say) {
        pdf.heading(say.say("pdf.heading.packet"));
        pdf.field(say.say("pdf.madeAt"), r.packet().generatedAt());
        pdf.field(say.say("pdf.madeBy"), r.packet().generatedBy());
        pdf.field(say.say("pdf.language"), r.packet().language());
        pdf.field(say.say("pdf.property"), r.property().name() + " (" + r.property().id() + ")");
        pdf.field(say.say("pdf.timeZone"), say.say("pdf.timeZoneValue", "zone", r.property().timeZone()));
        pdf.field(say.say("pdf.protocol"), say.say("pdf.protocolValue", "id", r.protocol().id(),
                "version", r.protocol().version(), "jurisdiction", r.protocol().jurisdiction()));
    }

    private static void caseFacts(PdfLayout pdf, CaseReport r, Wording say) {
        CaseReport.CaseFacts c = r.caseFile();
        pdf.heading(say.say("pdf.heading.case"));
        pdf.field(say.say("pdf.case"), c.id());
        pdf.field(say.say("pdf.severity"), say.say("pdf.severityValue", "severity", say.say("severity." + c.severity())));
        pdf.field(say.say("pdf.status"), c.status());
        pdf.field(say.say("pdf.opened"), c.openedAt());
        pdf.field(say.say("pdf.lastChanged"), c.lastChangedAt());
        pdf.field(say.say("pdf.mergedInto"), c.mergedInto());
        pdf.field(say.say("pdf.firstObserved"), c.firstObservedAt());
        pdf.field(say.say("pdf.lastObserved"), c.lastObservedAt());
        pdf.field(say.say("pdf.observations"), String.valueOf(c.observationCount()));
        pdf.field(say.say("pdf.reporters"), say.say("pdf.reportersValue", "count", c.reporterCount(),
                "roles", say.list(c.reporterRoles().stream().map(role -> role(say, role)).toList())));
        pdf.field(say.say("pdf.rooms"), say.list(c.rooms()));
        pdf.field(say.say("pdf.areas"), say.list(c.areas()));
        pdf.field(say.say("pdf.identifiers"), c.identifiersRecorded().isEmpty() ? say.say("pdf.identifiersNone")
                : say.say("pdf.identifiersValue", "list", say.list(c.identifiersRecorded().entrySet().stream()
                        .map(e -> say.say("pdf.identifierCount", "count", e.getValue(), "kind", say.say("subjectType." + e.getKey())))
                        .toList())));
    }

    private static void observations(PdfLayout pdf, List<Sighting> sightings, Wording say) {
        pdf.heading(say.say("pdf.heading.observed"));
        for (Sighting s : sightings) {
            List<String> where = new ArrayList<>();
            if (s.room() != null) {
                where.add(say.say("place.room", "room", s.room()));
            }
            if (s.area() != null) {
                where.add(s.area());
            }
            pdf.subheading(s.observedAt() + " - " + say.list(where) + " - " + role(say, s.reporterRole()));
            for (Indicator i : s.indicators()) {
                pdf.bullet((i.text() == null ? "" : i.text() + " ") + "[" + i.code() + "]");
            }
        }
    }

    private static void patterns(PdfLayout pdf, List<Pattern> patterns, Wording say) {
        pdf.heading(say.say("pdf.heading.patterns"));
        pdf.small(say.say("pdf.patternsNote"));
        for (Pattern p : patterns) {
            pdf.bullet(say.say("pdf.pattern", "rule", p.ruleId(), "title", p.title(), "tier", p.tier(),
                    "count", p.observations(), "from", p.windowStart(), "to", p.windowEnd()));
        }
    }

    private static void steps(PdfLayout pdf, List<Step> steps, Wording say) {
        pdf.heading(say.say("pdf.heading.steps"));
        if (steps.isEmpty()) {
            pdf.paragraph(say.say("pdf.noSteps"));
        }
        for (Step s : steps) {
            pdf.subheading(say.say(s.optional() ? "pdf.stepOptional" : "pdf.step", "label", s.label(), "id", s.actionId(),
                    "severity", say.say("severity." + s.severity())));
            pdf.field(say.say("pdf.whatToDo"), s.text());
            pdf.field(say.say("pdf.who"), say.say("role." + s.who()));
            if (s.contactTexts().isEmpty()) {
                // an internal channel's "number" is its display name: print it once
                boolean dialled = s.number() != null && s.number().chars().anyMatch(Character::isDigit);
                pdf.field(say.say("pdf.channel"), s.channelName() == null ? null
                        : s.channelName() + (dialled ? ": " + s.number() : ""));
            } else {
                pdf.field(say.say("pdf.contact"), String.join(say.say("alert.stepSeparator"), s.contactTexts()));
            }
            pdf.field(say.say("pdf.requiredAt"), s.createdAt());
            pdf.field(say.say("pdf.due"), s.dueAt());
            pdf.field(say.say("pdf.state"), s.escalations() > 0
                    ? say.say("pdf.stateEscalated", "state", s.state(), "count", s.escalations(),
                            "role", s.escalatesTo() == null ? "-" : say.say("role." + s.escalatesTo()))
                    : s.state());
            pdf.field(say.say("pdf.acknowledged"), s.acknowledgedAt() == null ? null
                    : say.say("pdf.acknowledgedValue", "at", s.acknowledgedAt(), "by", s.acknowledgedBy()));
            pdf.field(say.say("pdf.createdUnder"), s.createdUnder());
            pdf.field(say.say("pdf.stepSource"), describe(s.actionSource(), say));
            pdf.field(say.say("pdf.deadlineSource"), s.dueAt() == null ? null : describe(s.deadlineSource(), say));
            pdf.field(say.say("pdf.escalationSource"), s.escalationSource() == null ? null : describe(s.escalationSource(), say));
        }
    }

    private static void numbers(PdfLayout pdf, List<Contact> contacts, Wording say) {
        pdf.heading(say.say("pdf.heading.numbers"));
        for (Contact c : contacts) {
            pdf.subheading((c.name() == null ? c.channel() : c.name()) + ": "
                    + (c.number() == null ? say.say("pdf.noNumber") : c.display() == null ? c.number() : c.display()));
            pdf.field(say.say("pdf.tty"), c.tty());
            pdf.field(say.say("pdf.keyword"), c.keyword());
            pdf.field(say.say("pdf.for"), c.audience());
            pdf.field(say.say("pdf.available"), c.available());
            pdf.field(say.say("pdf.source"), describe(c.source(), say));
        }
    }

    private static void history(PdfLayout pdf, List<Event> events, Wording say) {
        pdf.heading(say.say("pdf.heading.history"));
        for (Event e : events) {
            pdf.bullet(say.say("pdf.event", "at", e.at(), "kind", e.kind(), "by", e.by())
                    + (e.detail() == null ? "" : ": " + e.detail()));
        }
    }

    private static void relied(PdfLayout pdf, List<Relied> relied, Wording say) {
        pdf.heading(say.say("pdf.heading.relied"));
        if (relied.isEmpty()) {
            pdf.paragraph(say.say("pdf.reliedNone"));
        }
        for (Relied v : relied) {
            pdf.bullet(v.what() + " = " + v.value() + ": " + describe(v.source(), say));
        }
    }

    private static String role(Wording say, String code) {
        return say.say("pdf.roleWithCode", "role", say.sayOr("staffRole." + code, code), "code", code);
    }

    static String describe(Source s, Wording say) {
        StringBuilder text = new StringBuilder(say.sayOr("status." + s.status().replace(' ', '_'), s.status()));
        if (!s.sources().isEmpty()) {
            text.append(" - ").append(String.join("; ", s.sources()));
        }
        if (s.note() != null) {
            text.append(" (").append(s.note()).append(")");
        }
        return text.toString();
    }
}
