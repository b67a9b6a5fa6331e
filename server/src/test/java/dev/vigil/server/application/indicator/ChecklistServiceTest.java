package dev.vigil.server.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.testing.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistServiceTest {

    private final DefaultChecklistService service = new DefaultChecklistService(TestPacks::defaultPack,
            property -> new ReportingNumbers("911", "1-888-373-7888", "233733"));

    @Test
    void hebrewAndArabic_areServedAsAsked_regionalTagsIncluded() {
        assertThat(service.checklist(ChecklistQuery.of("he", null)).lang()).isEqualTo("he");
        Checklist arabic = service.checklist(ChecklistQuery.of("ar-EG", null));
        assertThat(arabic.lang()).isEqualTo("ar");
        assertThat(arabic.fellBack()).isFalse();
        assertThat(arabic.indicators()).hasSize(70);
    }

    @Test
    void preferencesAreTriedInOrder_theFirstSpokenWins() {
        assertThat(service.checklist(new ChecklistQuery(List.of("fr", "es-MX", "en"), null, null)).lang()).isEqualTo("es");
        assertThat(service.checklist(new ChecklistQuery(List.of(), null, null)).fellBack()).isFalse();
    }

    @Test
    void guidance_isServedWithTheChecklist_numbersFilledIn() {
        Checklist checklist = service.checklist(ChecklistQuery.of("es", null));
        assertThat(checklist.guidance()).extracting(g -> g.key()).contains("noConfront", "emergency", "hotline");
        assertThat(checklist.guidance()).allSatisfy(g -> assertThat(g.text()).doesNotContain("{"));
        assertThat(checklist.categories()).hasSize(8);
    }

    @Test
    void unknownLanguage_fallsBackToEnglish_andSaysSo() {
        Checklist checklist = service.checklist(ChecklistQuery.of("fr", null));
        assertThat(checklist.lang()).isEqualTo("en");
        assertThat(checklist.fellBack()).isTrue();
    }

    @Test
    void roleFilter_keepsOnlyThatRolesIndicators_andUnknownRolesAreRefused() {
        Checklist valet = service.checklist(ChecklistQuery.of("en", "val"));
        assertThat(valet.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.roles()).extracting(Enum::name).contains("VAL"));
        assertThat(valet.indicators().size()).isLessThan(70);
        assertThatThrownBy(() -> service.checklist(ChecklistQuery.of("en", "chef")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("role");
    }
}
