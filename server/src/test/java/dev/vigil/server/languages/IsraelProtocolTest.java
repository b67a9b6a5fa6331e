package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.server.application.report.CaseReport;
import dev.vigil.server.application.report.CaseReportBuilder;
import dev.vigil.server.application.report.PdfTextExtraction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.protocol.ActionKind;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.ImmediateAction;
import dev.vigil.server.domain.service.ReporterAdvice;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.infrastructure.config.ConfiguredFilingSettings;
import dev.vigil.server.infrastructure.packs.ActiveProtocols;
import dev.vigil.server.infrastructure.packs.ProtocolPackLoader;
import dev.vigil.server.infrastructure.pdf.PdfCaseReport;
import dev.vigil.server.testing.MapConfig;
import dev.vigil.server.testing.TestPacks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Israel pack: police 100 first, minors to the police and the Youth-Law social worker, 105 and
 * 118 offered, the person in prostitution never the offender, every value with its provenance, and
 * a property under it that never shows 911.
 */
class IsraelProtocolTest {

    static final Property TEL_AVIV = new Property(new PropertyId("tel-aviv-inn"), new TenantId("demo-chain"),
            "Tel Aviv Inn", ZoneId.of("Asia/Jerusalem"));

    private static JsonNode document() throws IOException {
        try (InputStream in = IsraelProtocolTest.class.getClassLoader().getResourceAsStream("packs/protocols/il.yaml")) {
            return new ProtocolPackLoader().read("il.yaml", in);
        }
    }

    static ProtocolPack israel() throws IOException {
        return new ProtocolPackLoader().build("il.yaml", document()).pack();
    }

    /** Filing settings for a property configured with protocol=il, as the server reads them. */
    static ConfiguredFilingSettings settings() {
        MapConfig config = new MapConfig(Map.of("vigil.property.tel-aviv-inn.tenant", "demo-chain",
                "vigil.property.tel-aviv-inn.protocol", "il"));
        ActiveProtocols protocols = ActiveProtocols.of(config);
        protocols.load(List.of(TEL_AVIV));
        return new ConfiguredFilingSettings(config, protocols);
    }

    @Test
    void theIsraelPack_loads_speaksHebrewArabicAndEnglish_andDefaultsToHebrew() throws IOException {
        ProtocolPack il = israel();
        assertThat(il.id()).isEqualTo("il-lodging-trafficking");
        assertThat(il.jurisdiction()).isEqualTo("Israel");
        assertThat(il.locales()).containsExactly("en", "he", "ar");
        assertThat(il.defaultLanguage()).isEqualTo("he");
        assertThat(il.observationWindow()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void inDanger_theReporterCallsThePoliceOn100_andTheAmbulanceIs101() throws IOException {
        ProtocolPack il = israel();
        ProtocolAction call = il.firstAction("URGENT", ActionKind.CALL_911).orElseThrow();
        assertThat(call.who()).isEqualTo("reporter");
        assertThat(il.number(call.channel())).contains("100");
        assertThat(call.deadline()).isZero();
        assertThat(call.text().in("en")).contains("100", "101");
        assertThat(call.text().in("he")).contains("100", "101");
        assertThat(call.text().in("ar")).contains("100", "101");
        assertThat(il.number("mda_101")).contains("101");
    }

    @Test
    void aPossibleMinor_goesToThePoliceAtOnce_andToTheYouthLawSocialWorker_with105And118Offered() throws IOException {
        ProtocolPack il = israel();
        CaseCircumstances minor = new CaseCircumstances(true, false, false);
        List<ProtocolAction> report = il.actionsFor("REPORT").stream().filter(a -> a.appliesTo(minor)).toList();
        ProtocolAction police = report.stream().filter(a -> a.id().equals("police_minor_now")).findFirst().orElseThrow();
        assertThat(il.number(police.channel())).contains("100");
        assertThat(police.deadline()).isZero();
        assertThat(police.text().in("en")).contains("s. 368D");
        assertThat(police.text().in("he")).contains("368ד");
        ProtocolAction social = report.stream().filter(a -> a.channel().equals("youth_law_social_worker")
                && a.who().equals("manager")).findFirst().orElseThrow();
        assertThat(social.kind()).isEqualTo(ActionKind.CONTACT_CHILD_PROTECTION);
        assertThat(social.deadline()).isEqualTo(Duration.ofHours(24));
        assertThat(social.deadlineProvenance().status()).isEqualTo("assumed");
        assertThat(report).filteredOn(ProtocolAction::optional).extracting(ProtocolAction::channel)
                .containsExactlyInAnyOrder("child_online_105", "welfare_118");
        assertThat(il.number("child_online_105")).contains("105");
        assertThat(il.number("welfare_118")).contains("118");
        // without a minor none of these steps is created
        assertThat(il.actionsFor("REPORT").stream().filter(a -> a.appliesTo(new CaseCircumstances(false, false, false))))
                .extracting(ProtocolAction::id).doesNotContain("police_minor_now", "youth_law_report");
    }

    @Test
    void anAdultCase_isReportedToThePoliceWithin24Hours_andThereIsNoNationalHotline() throws IOException {
        ProtocolPack il = israel();
        ProtocolAction police = il.actionsFor("REPORT").stream().filter(a -> a.id().equals("police_report")).findFirst()
                .orElseThrow();
        assertThat(il.number(police.channel())).contains("110");
        assertThat(police.deadline()).isEqualTo(Duration.ofHours(24));
        assertThat(il.firstAction("REPORT", ActionKind.CONTACT_HOTLINE)).isEmpty();
        assertThat(il.channels()).noneMatch(c -> "sms".equals(c.kind()));
    }

    @Test
    void thePersonInProstitution_isNeverTheOffender_inEveryLanguage() throws IOException {
        ProtocolPack il = israel();
        assertThat(il.prohibitedActions()).anySatisfy(t -> {
            assertThat(t.in("en")).contains("person in prostitution as an offender");
            assertThat(t.in("he")).contains("אדם בזנות כעבריין");
            assertThat(t.in("ar")).contains("الشخص في الدعارة بوصفه مخالفًا");
        });
        assertThat(il.guidance()).anySatisfy(line -> assertThat(line.key()).isEqualTo("notOffender"));
    }

    @Test
    void everyValueHasItsProvenance_andEveryOpenQuestionIsCarriedAsAssumed() throws IOException {
        JsonNode doc = document();
        List<String> missing = new ArrayList<>();
        for (String section : List.of("legalRefs", "channels", "prohibitedActions", "context")) {
            doc.path(section).forEach(item -> {
                if (!item.hasNonNull("status")) {
                    missing.add(section + "." + item.path("id").asText());
                }
            });
        }
        doc.path("severities").fields().forEachRemaining(s -> s.getValue().path("actions").forEach(a -> {
            if (!a.hasNonNull("status")) {
                missing.add("action " + a.path("id").asText());
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(doc.path("openQuestions")).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(q -> assertThat(q.path("status").asText()).isEqualTo("assumed"));
        ProtocolPack il = israel();
        assertThat(il.channels()).extracting(c -> c.provenance().status()).doesNotContainNull();
        assertThat(il.channel("youth_law_social_worker")).map(Channel::number).isEmpty();
    }

    @Test
    void noTrainingCertificate_noticeOrRegistration_isDemanded_andTheClosureOrderRiskIsStated() throws IOException {
        ProtocolPack il = israel();
        assertThat(il.compliance().training()).isNull();
        assertThat(il.compliance().notices()).isEmpty();
        assertThat(il.compliance().registration()).isNull();
        assertThat(il.compliance().commercialRules()).isEmpty();
        assertThat(il.context()).extracting(n -> n.id()).contains("no_statutory_duty", "closure_orders",
                "renting_for_prostitution", "consumption_law", "guest_registration");
        assertThat(il.guestRecordFloorDays()).isNull();
    }

    @Test
    void noTextOfThePack_inAnyLanguage_namesNineOneOne() {
        List<PackTexts.Text> texts = PackTexts.all().stream().filter(t -> t.where().startsWith("packs/protocols/il.yaml")).toList();
        assertThat(texts).hasSizeGreaterThan(30);
        assertThat(texts).allSatisfy(t -> assertThat(t.byLanguage().values()).noneMatch(s -> s.contains("911")));
    }

    @Test
    void aPropertyUnderProtocolIl_showsItsReporters100_never911_andNoHotline() {
        ConfiguredFilingSettings settings = settings();
        ReportingNumbers numbers = settings.numbersFor("tel-aviv-inn");
        assertThat(numbers.emergency()).isEqualTo("100");
        assertThat(numbers.hotline()).isEmpty();
        assertThat(numbers.hotlineSms()).isEmpty();
        ReporterAdvice advice = new ReporterAdvice(TestPacks.defaultPack(), numbers, settings.guidanceFor("tel-aviv-inn"));
        var violence = TestPacks.defaultPack().find(new IndicatorCode("PHYS_VIOLENCE_OBSERVED")).orElseThrow();
        for (String lang : List.of("en", "he", "ar", "es", "pt")) {
            List<String> shown = new ArrayList<>();
            advice.guidance(lang).forEach(g -> shown.add(g.text()));
            List<ImmediateAction> now = advice.immediateActions(List.of(violence), lang);
            assertThat(now).singleElement().satisfies(a -> {
                assertThat(a.number()).isEqualTo("100");
                shown.add(a.text());
            });
            assertThat(shown).as(lang).noneMatch(s -> s.contains("911")).noneMatch(s -> s.contains("1-888"))
                    .anyMatch(s -> s.contains("100"));
            assertThat(advice.guidance(lang)).extracting(ReporterAdvice.Guidance::key)
                    .contains("emergency", "minorPolice", "ambulance", "notOffender").doesNotContain("hotline");
        }
        assertThat(advice.guidance("he")).filteredOn(g -> g.key().equals("ambulance")).singleElement()
                .satisfies(g -> assertThat(g.text()).contains("101"));
    }

    @Test
    void anIsraeliPropertysReportPacket_names100_never911_inItsJsonAndItsPdf_inHebrewArabicAndEnglish() throws Exception {
        ProtocolPack il = israel();
        CaseFile c = ComposedTextsTest.urgentCase(il, TEL_AVIV.id());
        CaseReportBuilder builder = new CaseReportBuilder(il, TestPacks.defaultPack(), settings().numbersFor("tel-aviv-inn"),
                TestPacks.messages());
        PdfCaseReport pdf = new PdfCaseReport(TestPacks::messages);
        // a random id may hold the digits 911, and the step kind CALL_911 is a code: only a number standing alone counts
        Pattern nineOneOne = Pattern.compile("(?<![0-9A-Za-z_-])911(?![0-9A-Za-z_])");
        for (String lang : List.of("he", "ar", "en")) {
            CaseReport packet = builder.build(c, List.of(), TEL_AVIV, lang, List.of(), c.createdAt(), "manager");
            String json = new ObjectMapper().writeValueAsString(packet);
            assertThat(packet.protocol().jurisdiction()).isEqualTo("Israel");
            assertThat(packet.actions()).extracting(CaseReport.Step::actionId).contains("call_police_100");
            assertThat(packet.numbers()).extracting(CaseReport.Contact::number).contains("100").doesNotContain("911");
            assertThat(nineOneOne.matcher(json).results().map(m -> json.substring(Math.max(0, m.start() - 40), m.end())))
                    .as(lang + " JSON").isEmpty();
            byte[] document = pdf.render(packet);
            String text = PdfTextExtraction.readable(document);
            assertThat(nineOneOne.matcher(text).results().map(m -> text.substring(Math.max(0, m.start() - 40), m.end())))
                    .as(lang + " PDF").isEmpty();
            assertThat(PdfTextExtraction.visualLines(document)).as(lang).anyMatch(line -> line.matches(".*(?<![0-9])100(?![0-9]).*"));
        }
    }
}
