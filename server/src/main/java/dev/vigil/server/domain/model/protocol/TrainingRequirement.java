package dev.vigil.server.domain.model.protocol;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A jurisdiction's staff-training duty: who, when after hire, how often again, the operator's
 * yearly certification date, the topics the law names. Periods are calendar periods ({@code P1Y}).
 * {@code atHire} with no {@code newHireDeadline} means due on the hire date itself.
 */
public record TrainingRequirement(List<String> coveredRoles, boolean atHire, Period newHireDeadline,
                                  LocalDate existingStaffDeadline, Period cadence, MonthDay certificationDue,
                                  String proof, Duration minDuration, String approvedBy, List<String> requiredTopics,
                                  Provenance provenance) {

    public TrainingRequirement {
        coveredRoles = coveredRoles == null ? List.of() : List.copyOf(coveredRoles);
        requiredTopics = requiredTopics == null ? List.of() : List.copyOf(requiredTopics);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * When someone hired on that day and never trained must be trained: the hire date plus the
     * new-hire period (the hire date itself when there is none). Staff hired before a one-off
     * deadline for existing staff had until that deadline, if it came later.
     */
    public LocalDate firstTrainingDue(LocalDate hired) {
        LocalDate due = newHireDeadline == null ? hired : hired.plus(newHireDeadline);
        if (existingStaffDeadline != null && hired.isBefore(existingStaffDeadline) && existingStaffDeadline.isAfter(due)) {
            return existingStaffDeadline;
        }
        return due;
    }

    /** When training is due again after the last one; empty when the law sets no retraining interval. */
    public Optional<LocalDate> retrainingDue(LocalDate lastTrained) {
        return Optional.ofNullable(cadence).map(lastTrained::plus);
    }

    /** The first certification deadline on or after the day; empty when no yearly certification is required. */
    public Optional<LocalDate> certificationDeadlineOnOrAfter(LocalDate day) {
        if (certificationDue == null) {
            return Optional.empty();
        }
        LocalDate thisYear = certificationDue.atYear(day.getYear());
        return Optional.of(thisYear.isBefore(day) ? certificationDue.atYear(day.getYear() + 1) : thisYear);
    }
}
