package dev.vigil.server.domain.model.compliance;

import dev.vigil.server.domain.model.protocol.TrainingRequirement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One employee's training file read against the protocol's duty on a given day. Training is due
 * from hire (plus the new-hire period, if any) until the first training, then a cadence after the
 * last one. A yearly certification counts for the first certification date on or after it, and the
 * next is due a year after that; someone never certified owes the first certification date on or
 * after their hire.
 */
public record EmployeeTraining(String employeeRef, String name, LocalDate hireDate, LocalDate lastTrained, String provider,
                               List<String> topics, List<String> missingTopics, LocalDate lastCertified, Due training,
                               Due certification) {

    public EmployeeTraining {
        topics = List.copyOf(topics);
        missingTopics = List.copyOf(missingTopics);
    }

    /** Reads one employee's entries (at least one) against the duty; {@code duty} null means none is set. */
    public static EmployeeTraining of(List<TrainingRecord> entries, TrainingRequirement duty, LocalDate today,
                                      int lookAheadDays) {
        TrainingRecord latestEntry = entries.stream().max(Comparator.comparing(TrainingRecord::recordedAt))
                .orElseThrow(() -> new IllegalArgumentException("no training entry"));
        LocalDate hired = entries.stream().map(TrainingRecord::hireDate).max(Comparator.naturalOrder()).orElseThrow();
        Optional<TrainingRecord> lastTraining = entries.stream().filter(e -> e.trainingDate().isPresent())
                .max(Comparator.comparing(e -> e.trainingDate().get()));
        LocalDate trained = lastTraining.flatMap(TrainingRecord::trainingDate).orElse(null);
        LocalDate certified = entries.stream().map(TrainingRecord::certifiedOn).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElse(null);
        List<String> topics = lastTraining.map(TrainingRecord::topics).orElse(List.of());
        String name = entries.stream().sorted(Comparator.comparing(TrainingRecord::recordedAt).reversed())
                .map(TrainingRecord::employeeName).flatMap(Optional::stream).findFirst().orElse(null);
        if (duty == null) {
            return new EmployeeTraining(latestEntry.employeeRef(), name, hired, trained,
                    lastTraining.flatMap(TrainingRecord::provider).orElse(null), topics, List.of(), certified,
                    Due.notRequired(), Due.notRequired());
        }
        LocalDate trainingDue = trained == null ? duty.firstTrainingDue(hired) : duty.retrainingDue(trained).orElse(null);
        Due certification = duty.certificationDue() == null ? Due.notRequired()
                : Due.on(certified == null ? duty.certificationDeadlineOnOrAfter(hired).orElseThrow()
                        : duty.certificationDeadlineOnOrAfter(certified).orElseThrow().plusYears(1), today, lookAheadDays);
        List<String> missing = duty.requiredTopics().stream()
                .filter(required -> topics.stream().noneMatch(t -> normal(t).equals(normal(required)))).toList();
        return new EmployeeTraining(latestEntry.employeeRef(), name, hired, trained,
                lastTraining.flatMap(TrainingRecord::provider).orElse(null), topics, missing, certified,
                Due.on(trainingDue, today, lookAheadDays), certification);
    }

    /** The more urgent of training and certification. */
    public Standing standing() {
        return training.standing().compareTo(certification.standing()) <= 0 ? training.standing() : certification.standing();
    }

    /** True when something is overdue or due within the look-ahead period. */
    public boolean dueOrOverdue() {
        return standing() == Standing.OVERDUE || standing() == Standing.DUE_SOON;
    }

    private static String normal(String topic) {
        return Objects.requireNonNullElse(topic, "").trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
