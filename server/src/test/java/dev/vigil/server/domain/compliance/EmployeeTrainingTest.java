package dev.vigil.server.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.compliance.EmployeeTraining;
import dev.vigil.server.domain.model.compliance.Standing;
import dev.vigil.server.domain.model.compliance.TrainingRecord;
import dev.vigil.server.domain.model.protocol.Provenance;
import dev.vigil.server.domain.model.protocol.TrainingRequirement;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due and overdue as Connecticut's duty reads: at hire, yearly again, certified by every 1 October. */
class EmployeeTrainingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<String> TOPICS = List.of("recognize_potential_victims", "activities_associated_with_trafficking");
    private static final TrainingRequirement CONNECTICUT = new TrainingRequirement(List.of("all_employees"), true, null, null,
            Period.ofYears(1), MonthDay.of(10, 1), "certification_in_personnel_file", null, null, TOPICS,
            new Provenance("sourced", List.of("CGS 44-5"), null));
    private static final TrainingRequirement FLORIDA = new TrainingRequirement(List.of("housekeeping", "front_desk"), false,
            Period.ofDays(60), null, Period.ofYears(1), null, null, null, "DBPR", List.of(), new Provenance("sourced", List.of(), null));

    private static TrainingRecord hired(LocalDate hired) {
        return new TrainingRecord(new TenantId("t"), new PropertyId("p"), "E-1", "Ana", hired, null, null, null, null, "manager",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static TrainingRecord trained(LocalDate hired, LocalDate trained, List<String> topics, LocalDate certified) {
        return new TrainingRecord(new TenantId("t"), new PropertyId("p"), "E-1", null, hired, trained, "AHLA", topics, certified,
                "manager", Instant.parse("2026-02-01T00:00:00Z"));
    }

    private static EmployeeTraining read(TrainingRequirement duty, TrainingRecord... entries) {
        return EmployeeTraining.of(List.of(entries), duty, TODAY, 30);
    }

    @Test
    void hiredToday_andNotTrained_isDueToday_notYetOverdue() {
        EmployeeTraining e = read(CONNECTICUT, hired(TODAY));
        assertThat(e.training().standing()).isEqualTo(Standing.DUE_SOON);
        assertThat(e.training().dueOn()).isEqualTo(TODAY);
        assertThat(e.dueOrOverdue()).isTrue();
        assertThat(e.missingTopics()).isEqualTo(TOPICS);
    }

    @Test
    void hiredLastWeek_andNotTrained_isOverdue_becauseConnecticutTrainsAtHire() {
        EmployeeTraining e = read(CONNECTICUT, hired(TODAY.minusDays(7)));
        assertThat(e.training().standing()).isEqualTo(Standing.OVERDUE);
        assertThat(e.training().dueOn()).isEqualTo(TODAY.minusDays(7));
        assertThat(e.name()).isEqualTo("Ana");
    }

    @Test
    void trainedAYearAgoAndThreeWeeks_isOverdue_trainedInMarch_isCurrentUntilNextMarch() {
        assertThat(read(CONNECTICUT, trained(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 11, 1), TOPICS, LocalDate.of(2026, 9, 1)))
                .training()).satisfies(d -> {
                    assertThat(d.standing()).isEqualTo(Standing.OVERDUE);
                    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 11, 1));
                });
        EmployeeTraining march = read(CONNECTICUT, trained(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 3), TOPICS, null));
        assertThat(march.training().standing()).isEqualTo(Standing.CURRENT);
        assertThat(march.training().dueOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(march.missingTopics()).isEmpty();
        assertThat(read(CONNECTICUT, trained(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 10), TOPICS, LocalDate.of(2026, 9, 1)))
                .training().standing()).isEqualTo(Standing.DUE_SOON);
    }

    @Test
    void certification_countsForTheNextFirstOfOctober_andIsOverdueWhenThatPassedWithoutOne() {
        EmployeeTraining never = read(CONNECTICUT, trained(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), TOPICS, null));
        assertThat(never.certification().standing()).isEqualTo(Standing.OVERDUE);
        assertThat(never.certification().dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(never.standing()).isEqualTo(Standing.OVERDUE);
        EmployeeTraining september = read(CONNECTICUT, trained(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), TOPICS,
                LocalDate.of(2026, 9, 15)));
        assertThat(september.certification().standing()).isEqualTo(Standing.CURRENT);
        assertThat(september.certification().dueOn()).isEqualTo(LocalDate.of(2027, 10, 1));
        EmployeeTraining lastYear = read(CONNECTICUT, trained(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1), TOPICS,
                LocalDate.of(2025, 9, 15)));
        assertThat(lastYear.certification().dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(lastYear.certification().standing()).isEqualTo(Standing.OVERDUE);
        EmployeeTraining hiredAfterOctober = read(CONNECTICUT, hired(LocalDate.of(2026, 10, 20)));
        assertThat(hiredAfterOctober.certification().dueOn()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(hiredAfterOctober.certification().standing()).isEqualTo(Standing.CURRENT);
    }

    @Test
    void missingTopics_areNamed_whateverTheirSpelling() {
        EmployeeTraining e = read(CONNECTICUT, trained(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                List.of("Recognize potential victims", "hotel security"), null));
        assertThat(e.missingTopics()).containsExactly("activities_associated_with_trafficking");
    }

    @Test
    void florida_givesSixtyDaysFromHire_andAsksNoCertification() {
        EmployeeTraining e = read(FLORIDA, hired(TODAY.minusDays(10)));
        assertThat(e.training().dueOn()).isEqualTo(TODAY.plusDays(50));
        assertThat(e.training().standing()).isEqualTo(Standing.CURRENT);
        assertThat(e.certification().standing()).isEqualTo(Standing.NOT_REQUIRED);
        assertThat(read(null, hired(TODAY)).standing()).isEqualTo(Standing.NOT_REQUIRED);
    }
}
