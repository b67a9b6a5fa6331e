package dev.vigil.server.infrastructure.pdf;

import dev.vigil.server.application.compliance.ComplianceSummary;
import dev.vigil.server.application.compliance.ComplianceSummary.CheckLine;
import dev.vigil.server.application.compliance.ComplianceSummary.Contact;
import dev.vigil.server.application.compliance.ComplianceSummary.EmployeeLine;
import dev.vigil.server.application.compliance.ComplianceSummary.NoticePart;
import dev.vigil.server.application.compliance.ComplianceSummary.RegistrationPart;
import dev.vigil.server.application.compliance.ComplianceSummary.Source;
import dev.vigil.server.application.compliance.ComplianceSummary.TrainingDuty;
import dev.vigil.server.application.compliance.ComplianceSummary.TrainingPart;
import dev.vigil.server.application.compliance.CompliancePdf;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Adapter that lays a property's compliance summary out as a PDF, for the regulator or an auditor. */
@ApplicationScoped
public class PdfComplianceSummary implements CompliancePdf {

    @Override
    public byte[] render(ComplianceSummary s) {
        try (PdfLayout pdf = new PdfLayout("Vigil compliance summary", s.propertyName() + " " + s.asOf())) {
            pdf.title("Compliance summary");
            pdf.paragraph(s.propertyName() + " (" + s.propertyId() + ") - as of " + s.asOf());
            pdf.space();
            s.statements().forEach(pdf::small);
            pdf.heading("Summary");
            pdf.field("Made at", s.generatedAt());
            pdf.field("Made by", s.generatedBy());
            pdf.field("Protocol", s.protocol().id() + " version " + s.protocol().version() + " (" + s.protocol().jurisdiction() + ")");
            training(pdf, s.training());
            notices(pdf, s.notices());
            registration(pdf, s.registration());
            if (!s.context().isEmpty()) {
                pdf.heading("What else to know in " + s.protocol().jurisdiction());
                s.context().forEach(c -> pdf.field(c.id().replace('_', ' '), c.text() + " - " + describe(c.source())));
            }
            pdf.heading("Retention in force");
            s.retention().forEach(r -> pdf.field(r.record(), r.rule() + " - " + describe(r.source())));
            if (!s.commercialRules().isEmpty()) {
                pdf.heading("Commercial rules");
                s.commercialRules().forEach(c -> pdf.field(c.id(), c.text() + (c.effectiveFrom() == null ? ""
                        : " From " + c.effectiveFrom() + ".") + " - " + describe(c.source())));
            }
            return pdf.finish("Vigil compliance summary - " + s.propertyId() + " - as of " + s.asOf());
        }
    }

    private static void training(PdfLayout pdf, TrainingPart t) {
        pdf.heading("Staff training");
        TrainingDuty duty = t.duty();
        if (duty == null) {
            pdf.paragraph("The protocol sets no training duty.");
        } else {
            pdf.field("Who", String.join(", ", duty.coveredRoles()));
            pdf.field("When", (duty.atHire() ? "at hire" : "") + (duty.newHireDeadline() == null ? ""
                    : (duty.atHire() ? "; " : "") + "within " + duty.newHireDeadline() + " of hire")
                    + (duty.cadence() == null ? "" : "; again every " + duty.cadence()));
            pdf.field("Certification", duty.certificationDue() == null ? null : "yearly by " + duty.certificationDue()
                    + (duty.proof() == null ? "" : " (" + duty.proof().replace('_', ' ') + ")"));
            pdf.field("Topics", String.join(", ", duty.requiredTopics()));
            pdf.field("Minimum length", duty.minDuration());
            pdf.field("Approved by", duty.approvedBy());
            pdf.field("Source", describe(duty.source()));
        }
        pdf.field("Employees", t.employees() + " recorded: " + t.overdue() + " overdue, " + t.dueSoon() + " due soon, "
                + t.current() + " up to date");
        pdf.subheading("Due or overdue");
        if (t.dueOrOverdue().isEmpty()) {
            pdf.paragraph("Nobody.");
        }
        t.dueOrOverdue().forEach(e -> pdf.bullet(employee(e)));
        pdf.subheading("Up to date");
        if (t.upToDate().isEmpty()) {
            pdf.paragraph("Nobody recorded.");
        }
        t.upToDate().forEach(e -> pdf.bullet(employee(e)));
    }

    private static String employee(EmployeeLine e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.employeeRef() + (e.name() == null ? "" : " " + e.name()) + ", hired " + e.hireDate());
        parts.add("training " + e.trainingStanding() + (e.trainingDue() == null ? "" : " (due " + e.trainingDue() + ")"));
        if (!"NOT_REQUIRED".equals(e.certificationStanding())) {
            parts.add("certification " + e.certificationStanding() + " (due " + e.certificationDue() + ")");
        }
        parts.add(e.lastTrained() == null ? "never trained" : "last trained " + e.lastTrained() + " by " + e.provider());
        if (e.lastCertified() != null) {
            parts.add("last certified " + e.lastCertified());
        }
        if (e.lastTrained() != null && !e.missingTopics().isEmpty()) {
            parts.add("topics not recorded: " + String.join(", ", e.missingTopics()));
        }
        return String.join("; ", parts);
    }

    private static void notices(PdfLayout pdf, List<NoticePart> notices) {
        pdf.heading("Posted notices");
        if (notices.isEmpty()) {
            pdf.paragraph("The protocol requires no notice.");
        }
        for (NoticePart n : notices) {
            pdf.subheading(n.title() + " (" + n.id() + "): " + n.standing());
            pdf.field("Faces", n.audience());
            pdf.field("Where", n.placementNote() == null ? n.placement() : n.placementNote());
            pdf.field("Languages", n.languages().isEmpty() ? null : String.join(", ", n.languages()));
            pdf.field("Required from", n.requiredFrom());
            pdf.field("Penalty", n.penalty() == null ? null : n.penalty() + " - " + describe(n.penaltySource()));
            pdf.field("Source", describe(n.source()));
            for (CheckLine c : n.lastChecks()) {
                pdf.bullet(c.location() + ": " + (c.posted() ? "posted" : "NOT posted") + ", checked " + c.checkedAt()
                        + ", recorded by " + c.recordedBy());
            }
        }
    }

    private static void registration(PdfLayout pdf, RegistrationPart r) {
        pdf.heading("Registration");
        if (r.duty() != null) {
            pdf.field("Regulator", r.duty().regulator());
            pdf.field("Required from", r.duty().requiredFrom());
            pdf.field("Gives", String.join(", ", r.duty().fields()));
            pdf.field("Evidence for", String.join(", ", r.duty().complianceEvidenceFor()));
            pdf.field("Fee", r.duty().fee() == null ? "unknown" : r.duty().fee());
            pdf.field("Renewal", r.duty().renewal() == null ? "unknown" : r.duty().renewal());
            pdf.field("Source", describe(r.duty().source()));
        }
        pdf.field("Standing", r.standing());
        if (r.recorded() != null) {
            pdf.field("Operator", contact(r.recorded().operator()));
            pdf.field("Contact person", contact(r.recorded().contactPerson()));
            pdf.field("Property address", r.recorded().propertyAddress());
            pdf.field("Registered on", r.recorded().registeredOn());
            pdf.field("Registration no.", r.recorded().registrationNumber());
            pdf.field("Recorded by", r.recorded().updatedBy() + " at " + r.recorded().updatedAt());
        }
        pdf.field("Missing", r.missing().isEmpty() ? null : String.join(", ", r.missing()));
        pdf.subheading("Evidence of compliance");
        r.evidence().forEach(pdf::bullet);
    }

    private static String contact(Contact c) {
        if (c == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(c.name()));
        for (String part : new String[] {c.phone(), c.email(), c.address()}) {
            if (part != null) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    private static String describe(Source s) {
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
