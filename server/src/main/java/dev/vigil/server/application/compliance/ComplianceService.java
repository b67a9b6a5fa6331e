package dev.vigil.server.application.compliance;

import dev.vigil.server.application.compliance.ComplianceSummary.EmployeeLine;
import dev.vigil.server.application.compliance.ComplianceSummary.NoticePart;
import dev.vigil.server.application.compliance.ComplianceSummary.RegistrationPart;
import dev.vigil.server.application.shared.Caller;

/**
 * Use case: managers and admins record compliance evidence for a property; managers, admins and
 * security read the summary as data or PDF. Every write and export is audited.
 */
public interface ComplianceService {

    TrainingRecorded recordTraining(Caller caller, RecordTrainingCommand command);

    NoticeCheckRecorded recordNoticeCheck(Caller caller, RecordNoticeCheckCommand command);

    RegistrationPart setRegistration(Caller caller, RegistrationCommand command);

    ComplianceSummary summary(Caller caller, String propertyId);

    byte[] summaryPdf(Caller caller, String propertyId);

    /** The stored entry's id and where the employee now stands. */
    record TrainingRecorded(String id, EmployeeLine employee) {
    }

    /** The stored check's id and where the notice now stands. */
    record NoticeCheckRecorded(String id, NoticePart notice) {
    }
}
