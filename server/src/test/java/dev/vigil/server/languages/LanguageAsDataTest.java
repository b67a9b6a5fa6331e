package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.server.application.indicator.Checklist;
import dev.vigil.server.application.indicator.ChecklistQuery;
import dev.vigil.server.application.indicator.DefaultChecklistService;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.text.Messages;
import dev.vigil.server.domain.service.NoteLinter;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.infrastructure.packs.MessagesLoader;
import dev.vigil.server.infrastructure.packs.NoteTermsLoader;
import dev.vigil.server.infrastructure.packs.PackValidationException;
import dev.vigil.server.infrastructure.packs.ProtocolPackLoader;
import dev.vigil.server.interfaces.rest.AcceptLanguage;
import dev.vigil.server.testing.TestPacks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A language is data: a pack file alone adds one (French here, which no code knows), and
 * Portuguese is in every bundled pack.
 */
class LanguageAsDataTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static InputStream resource(String name) {
        return LanguageAsDataTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static InputStream yaml(JsonNode tree) throws IOException {
        return new ByteArrayInputStream(YAML.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anIndicatorPackFileAlone_addsFrench_toTheChecklistAndItsGuidance() {
        IndicatorPack french = TestPacks.load("packs/language-as-data/indicators-fr.yaml");
        DefaultChecklistService service = new DefaultChecklistService(() -> french,
                property -> new ReportingNumbers("112", "0 800 00 00 00", ""));
        Checklist checklist = service.checklist(new ChecklistQuery(AcceptLanguage.preferences(null, "fr-CA, en;q=0.5"), null, null));
        assertThat(checklist.lang()).isEqualTo("fr");
        assertThat(checklist.fellBack()).isFalse();
        assertThat(checklist.indicators().get(0).text().in(checklist.lang())).startsWith("Quand le personnel");
        assertThat(checklist.guidance()).extracting(g -> g.text())
                .contains("Danger immédiat ? Appelez le 112, puis la sécurité.", "Ligne d'assistance : appelez le 0 800 00 00 00.");
        // a language the file does not speak falls back to English, and says so
        assertThat(service.checklist(ChecklistQuery.of("es", null)).fellBack()).isTrue();
    }

    @Test
    void aWordListFileAlone_addsFrench_toTheLinter() throws IOException {
        NoteLinter linter;
        try (InputStream in = resource("packs/language-as-data/note-terms-fr.yaml")) {
            linter = new NoteTermsLoader().load("note-terms-fr.yaml", in);
        }
        assertThat(linter.warnings("Une cliente étrangère à la réception", "fr")).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("Votre note mentionne la nationalité"));
        assertThat(linter.findings("Ils ont commandé de la cuisine étrangère")).isEmpty();
    }

    @Test
    void aProtocolPack_addsALanguageByDeclaringIt_andMustThenGiveEveryTextInIt() throws IOException {
        ProtocolPackLoader loader = new ProtocolPackLoader();
        JsonNode ct;
        try (InputStream in = resource("packs/protocols/us-ct.yaml")) {
            ct = loader.read("us-ct.yaml", in);
        }
        ObjectNode declared = ct.deepCopy();
        ((ArrayNode) declared.get("locales")).add("fr");
        assertThatThrownBy(() -> loader.build("us-ct-fr.yaml", declared))
                .isInstanceOf(PackValidationException.class).hasMessageContaining("no 'fr' text");
        ObjectNode translated = declared.deepCopy();
        addFrench(translated);
        ProtocolPack pack = loader.build("us-ct-fr.yaml", translated).pack();
        assertThat(pack.locales()).contains("fr");
        assertThat(pack.action("URGENT", "call_911").orElseThrow().text().in("fr")).startsWith("[fr] Someone may be in danger");
    }

    @Test
    void theMessagesPack_addsALanguageByDeclaringIt() throws IOException {
        JsonNode bundled;
        try (InputStream in = resource(MessagesLoader.BUNDLED)) {
            bundled = YAML.readTree(in);
        }
        ObjectNode french = bundled.deepCopy();
        ((ArrayNode) french.get("locales")).add("fr");
        assertThatThrownBy(() -> new MessagesLoader().load("messages-fr.yaml", yaml(french)))
                .isInstanceOf(PackValidationException.class).hasMessageContaining("no 'fr' text");
        addFrench(french);
        Messages messages = new MessagesLoader().load("messages-fr.yaml", yaml(french));
        assertThat(messages.locales()).contains("fr");
        assertThat(messages.in("fr").say("pdf.page", "page", 1, "pages", 2)).isEqualTo("[fr] page 1 of 2");
    }

    @Test
    void portuguese_isInEveryBundledPack() throws IOException {
        assertThat(TestPacks.defaultPack().locales()).contains("pt");
        assertThat(TestPacks.messages().locales()).contains("pt");
        assertThat(TestPacks.connecticut().forProperty(null).locales()).contains("pt");
        DefaultChecklistService service = new DefaultChecklistService(TestPacks::defaultPack,
                property -> new ReportingNumbers("911", "1-888-373-7888", "233733", "HELP", java.util.Map.of()));
        Checklist checklist = service.checklist(ChecklistQuery.of("pt-BR", null));
        assertThat(checklist.lang()).isEqualTo("pt");
        assertThat(checklist.guidance()).extracting(g -> g.key() + ": " + g.text())
                .contains("hotline: Linha Nacional contra o Tráfico de Pessoas: ligue para 1-888-373-7888 ou envie a palavra HELP "
                        + "por mensagem de texto para 233733 (24 horas, em muitos idiomas).");
        assertThat(checklist.categories()).allSatisfy(c -> assertThat(c.label().has("pt")).isTrue());
        assertThat(checklist.indicators()).allSatisfy(i -> {
            assertThat(i.text().has("pt")).isTrue();
            assertThat(i.help().has("pt")).isTrue();
        });
    }

    /** Every text object gets a French text: its English one, marked. */
    private static void addFrench(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("en").isTextual()) {
                object.put("fr", "[fr] " + object.get("en").asText());
                return;
            }
            object.fields().forEachRemaining(e -> addFrench(e.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(LanguageAsDataTest::addFrench);
        }
    }
}
