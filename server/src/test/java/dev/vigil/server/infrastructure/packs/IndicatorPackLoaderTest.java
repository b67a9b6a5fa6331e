package dev.vigil.server.infrastructure.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.testing.TestPacks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorPackLoaderTest {

    private final IndicatorPack pack = TestPacks.defaultPack();

    @Test
    void defaultPack_holdsExactlyTheSeventyCatalogueCodes_inCatalogueOrder() throws IOException {
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/packs/catalogue-codes.txt")) {
            expected = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        assertThat(expected).hasSize(70);
        assertThat(pack.indicators()).extracting(i -> i.code().value()).containsExactlyElementsOf(expected);
        assertThat(pack.indicators()).filteredOn(Indicator::minorRelated).hasSize(11);
    }

    @Test
    void everyIndicator_hasTextAndHelpInEnglishSpanishHebrewAndArabic() {
        assertThat(pack.locales()).contains("en", "es", "he", "ar");
        for (Indicator indicator : pack.indicators()) {
            for (String lang : List.of("en", "es", "he", "ar")) {
                assertThat(indicator.text().has(lang)).as(indicator.code() + " text " + lang).isTrue();
                assertThat(indicator.help().has(lang)).as(indicator.code() + " help " + lang).isTrue();
            }
        }
        // Hebrew and Arabic texts are really in those scripts, not copies of the English
        assertThat(pack.find("CTRL_SPEAKS_FOR").orElseThrow().text().in("he")).containsPattern("[\\u0590-\\u05FF]");
        assertThat(pack.find("CTRL_SPEAKS_FOR").orElseThrow().text().in("ar")).containsPattern("[\\u0600-\\u06FF]");
    }

    @Test
    void emergencyIndicators_areViolenceConfinementHelpRequestsAndChildrenInCommercialSex() {
        Set<String> emergency = pack.indicators().stream().filter(Indicator::emergency)
                .map(i -> i.code().value()).collect(Collectors.toSet());
        assertThat(emergency).containsExactlyInAnyOrder("PHYS_VIOLENCE_OBSERVED", "PHYS_CARE_PREVENTED",
                "CTRL_CONFINED", "CTRL_HELP_REQUEST", "MIN_COMMERCIAL_SEX", "MIN_SEXUAL_CONTACT");
    }

    @Test
    void noIndicatorText_describesWhoSomeoneIs() {
        List<String> profiling = List.of("rac(e|ial)", "ethnic\\w*", "nationality", "foreign\\w*", "religio\\w*",
                "dress(ed)?", "outfit", "tattoo\\w*", "accent", "english", "immigra\\w*", "skin",
                "make-?up");
        for (Indicator indicator : pack.indicators()) {
            String text = indicator.text().in("en").toLowerCase(Locale.ROOT);
            for (String word : profiling) {
                assertThat(text).as(indicator.code() + " mentions '" + word + "'")
                        .doesNotContainPattern("\\b" + word + "\\b");
            }
        }
    }

    @Test
    void rolesFilter_keepsWhatThatRoleCanObserve() {
        List<Indicator> housekeeping = pack.observableBy(StaffRole.HK);
        assertThat(housekeeping).extracting(i -> i.code().value())
                .contains("ROOM_DND_EXTENDED", "ROOM_LINEN_EXCESS", "CTRL_CONFINED")
                .doesNotContain("PAY_CASH_ONLY", "VEH_PLATE_CONCEALED");
    }

    @Test
    void minimalValidPack_loads() {
        IndicatorPack minimal = TestPacks.load("packs/valid-minimal.yaml");
        assertThat(minimal.indicators()).hasSize(2);
    }

    @Test
    void packWithoutArabicText_isRejected_namingFileIndicatorAndProblem() {
        assertThatThrownBy(() -> TestPacks.load("packs/invalid/missing-arabic.yaml"))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("packs/invalid/missing-arabic.yaml")
                .hasMessageContaining("indicator CTRL_SPEAKS_FOR")
                .hasMessageContaining("ar");
    }

    @Test
    void weightOutOfRange_isRejected() {
        assertThatThrownBy(() -> TestPacks.load("packs/invalid/weight-out-of-range.yaml"))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("indicator PAY_CASH_ONLY")
                .hasMessageContaining("weight");
    }

    @Test
    void unknownRole_isRejected() {
        assertThatThrownBy(() -> TestPacks.load("packs/invalid/unknown-role.yaml"))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("indicator BEH_SOLICITING")
                .hasMessageContaining("roles");
    }

    @Test
    void duplicateCodeAndUndeclaredSource_areRejected() throws IOException {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/packs/valid-minimal.yaml")) {
            yaml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = yaml.replace("code: CTRL_SPEAKS_FOR", "code: PAY_CASH_ONLY")
                .replaceFirst("sources: \\[", "sources: [NOT-A-SOURCE, ");
        assertThatThrownBy(() -> new IndicatorPackLoader().load("broken.yaml",
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("PAY_CASH_ONLY: code appears more than once")
                .hasMessageContaining("source NOT-A-SOURCE is not listed");
    }

    @Test
    void malformedYaml_isRejected_withTheFileName() {
        assertThatThrownBy(() -> new IndicatorPackLoader().load("bad.yaml",
                new ByteArrayInputStream("pack: [unclosed".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("not valid YAML");
    }
}
