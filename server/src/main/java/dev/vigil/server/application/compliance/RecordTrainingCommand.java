package dev.vigil.server.application.compliance;

import java.util.List;

/**
 * A training entry as sent: the employee (reference as the hotel knows them, name optional), the
 * hire date, and either a training received (date, provider, topics) or nothing more; optionally
 * the date the operator certified it in the personnel file. Dates are ISO-8601 ({@code 2026-03-02}).
 */
public record RecordTrainingCommand(String propertyId, String employeeRef, String employeeName, String hireDate,
                                    String trainingDate, String provider, List<String> topics, String certifiedOn) {
}
