package dev.vigil.server.application.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A training entry whose fields were checked: a hire only, or a hire with the training received. */
record TrainingEntry(String employeeRef, String name, LocalDate hireDate, LocalDate trainingDate, String provider,
                     List<String> topics, LocalDate certifiedOn) {

    static final int MAX_TOPICS = 20;

    /** Checks every field, collecting problems; returns the entry (meaningful only when no problem was found). */
    static TrainingEntry check(RecordTrainingCommand c, LocalDate today, FieldChecks checks) {
        String ref = checks.text("employeeRef", c.employeeRef(), 100, true);
        String name = checks.text("employeeName", c.employeeName(), 200, false);
        LocalDate hired = checks.date("hireDate", c.hireDate(), true, today);
        LocalDate trained = checks.date("trainingDate", c.trainingDate(), false, today);
        String provider = checks.text("provider", c.provider(), 200, false);
        List<String> topics = topics(c.topics(), checks);
        LocalDate certified = checks.date("certifiedOn", c.certifiedOn(), false, today);
        boolean anyTraining = c.trainingDate() != null || provider != null || !topics.isEmpty();
        if (anyTraining) {
            // a training is recorded whole, so that every entry says what was received, from whom, when
            if (c.trainingDate() == null || c.trainingDate().isBlank()) {
                checks.fail("trainingDate", "is required with provider and topics");
            }
            if (provider == null) {
                checks.fail("provider", "is required with trainingDate and topics");
            }
            if (topics.isEmpty() && (c.topics() == null || c.topics().isEmpty())) {
                checks.fail("topics", "is required with trainingDate and provider: 1 to " + MAX_TOPICS + " topics");
            }
        }
        if (certified != null && trained != null && certified.isBefore(trained)) {
            checks.fail("certifiedOn", "must not be before trainingDate: it certifies the training was received");
        }
        return new TrainingEntry(ref, name, hired, trained, provider, topics, certified);
    }

    private static List<String> topics(List<String> given, FieldChecks checks) {
        List<String> topics = new ArrayList<>();
        if (given == null) {
            return topics;
        }
        if (given.size() > MAX_TOPICS) {
            checks.fail("topics", "at most " + MAX_TOPICS + " topics");
            return topics;
        }
        for (int i = 0; i < given.size(); i++) {
            String topic = checks.text("topics[" + i + "]", given.get(i), 100, true);
            if (topic != null) {
                topics.add(topic);
            }
        }
        return topics;
    }
}
