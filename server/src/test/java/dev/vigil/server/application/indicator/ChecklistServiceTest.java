package dev.vigil.server.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.testing.TestPacks;
import org.junit.jupiter.api.Test;

class ChecklistServiceTest {

    private final DefaultChecklistService service = new DefaultChecklistService(TestPacks::defaultPack);

    @Test
    void hebrewAndArabic_areServedAsAsked_regionalTagsIncluded() {
        assertThat(service.checklist(new ChecklistQuery("he", null)).lang()).isEqualTo("he");
        Checklist arabic = service.checklist(new ChecklistQuery("ar-EG", null));
        assertThat(arabic.lang()).isEqualTo("ar");
        assertThat(arabic.fellBack()).isFalse();
        assertThat(arabic.indicators()).hasSize(70);
    }

    @Test
    void unknownLanguage_fallsBackToEnglish_andSaysSo() {
        Checklist checklist = service.checklist(new ChecklistQuery("fr", null));
        assertThat(checklist.lang()).isEqualTo("en");
        assertThat(checklist.fellBack()).isTrue();
    }

    @Test
    void roleFilter_keepsOnlyThatRolesIndicators_andUnknownRolesAreRefused() {
        Checklist valet = service.checklist(new ChecklistQuery("en", "val"));
        assertThat(valet.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.roles()).extracting(Enum::name).contains("VAL"));
        assertThat(valet.indicators().size()).isLessThan(70);
        assertThatThrownBy(() -> service.checklist(new ChecklistQuery("en", "chef")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("role");
    }
}
