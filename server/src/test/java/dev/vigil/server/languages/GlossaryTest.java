package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.text.Glossary;
import dev.vigil.server.testing.TestPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every text of every pack uses the glossary's terms and none of the variants it lists as wrong. */
class GlossaryTest {

    private final Glossary glossary = TestPacks.glossary();

    @Test
    void everyTextOfEveryPack_usesTheGlossarysTerms_andNoWrongVariant() {
        List<String> problems = new ArrayList<>();
        List<PackTexts.Text> texts = PackTexts.all();
        for (PackTexts.Text text : texts) {
            glossary.check(text.byLanguage()).forEach(f -> problems.add(text.where() + " " + f));
        }
        assertThat(texts).hasSizeGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    @Test
    void aTranslationWithoutTheTerm_orWithAWrongVariant_isFound() {
        assertThat(glossary.check(Map.of("en", "Tell the duty manager.", "es", "Avise a un responsable de este turno.")))
                .extracting(Glossary.Finding::term).containsOnly("duty_manager");
        assertThat(glossary.check(Map.of("en", "Do not confront anyone.", "he", "אין לעמת אף אחד.")))
                .extracting(Glossary.Finding::problem).anyMatch(p -> p.contains("לעמת"));
        assertThat(glossary.check(Map.of("en", "A possible minor is present.", "ar", "قاصر محتمل موجود.")))
                .extracting(Glossary.Finding::term).contains("possible_minor");
        assertThat(glossary.check(Map.of("en", "Never search.", "he", "אין לחפש לעולם.")))
                .extracting(Glossary.Finding::term).contains("hebrew_style");
        assertThat(glossary.check(Map.of("en", "Call 1-800-842-2288, TDD 1-800-624-5518.",
                "ar", "الاتصال (1-800-842-2288، TDD 1-800-624-5518).")))
                .extracting(Glossary.Finding::term).contains("arabic_style");
        assertThat(glossary.check(Map.of("en", "Tell the duty manager.", "es", "Avise al gerente de turno.",
                "he", "יש לעדכן את המנהל התורן.", "ar", "إبلاغ المدير المناوب.", "pt", "Avise o gerente de plantão."))).isEmpty();
    }
}
