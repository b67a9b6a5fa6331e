package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.notification.AlertWording;
import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.application.shared.LanguageSettings;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.model.text.BidiText;
import dev.vigil.server.domain.service.ReporterAdvice;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.domain.service.pattern.InMemoryHistory;
import dev.vigil.server.domain.service.pattern.PatternEngine;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.testing.InMemoryStores;
import dev.vigil.server.testing.TestPacks;
import dev.vigil.server.testing.TestRoutes;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Vigil composes for people, in their language: the reporter's guidance (the hotline line with
 * its keyword, and without a text line when there is none), alerts per recipient, explanations; and
 * every Hebrew and Arabic output keeps its numbers in written order.
 */
class ComposedTextsTest {

    private static final Instant T = Instant.parse("2026-11-22T20:00:00Z");
    private static final List<String> RTL = List.of("he", "ar");

    private static List<String> misorderedIn(List<String> texts) {
        List<String> wrong = new ArrayList<>();
        texts.forEach(t -> BidiOrder.misordered(t).forEach(n -> wrong.add(n + " in " + t)));
        return wrong;
    }

    @Test
    void theHotlineLine_namesTheWordToText_andTheTextLine_inEveryLanguage() {
        ReporterAdvice advice = new ReporterAdvice(TestPacks.defaultPack(),
                new ReportingNumbers("911", "1-888-373-7888", "233733", "HELP", Map.of()));
        for (String lang : List.of("en", "es", "he", "ar", "pt")) {
            String hotline = hotline(advice, lang);
            assertThat(hotline).as(lang).contains("1-888-373-7888", "233733", "HELP");
        }
        assertThat(hotline(advice, "en"))
                .isEqualTo("National Human Trafficking Hotline: call 1-888-373-7888 or text HELP to 233733 (24/7, many languages).");
    }

    @Test
    void withoutATextNumber_theHotlineLineOffersTheCallOnly_neverTextingTheVoiceNumber() {
        ReporterAdvice advice = new ReporterAdvice(TestPacks.defaultPack(), new ReportingNumbers("911", "1-888-373-7888", ""));
        assertThat(hotline(advice, "en")).isEqualTo("National Human Trafficking Hotline: call 1-888-373-7888 (24/7, many languages).");
        assertThat(hotline(advice, "es")).doesNotContain("mensaje").containsOnlyOnce("1-888-373-7888");
        assertThat(hotline(advice, "he")).doesNotContain("הודעה").containsOnlyOnce("1-888-373-7888");
        assertThat(hotline(advice, "ar")).doesNotContain("رسالة").containsOnlyOnce("1-888-373-7888");
        assertThat(hotline(advice, "pt")).doesNotContain("mensagem").containsOnlyOnce("1-888-373-7888");
        // a text line without its keyword is offered as a plain text line
        ReporterAdvice noKeyword = new ReporterAdvice(TestPacks.defaultPack(), new ReportingNumbers("911", "1-888-373-7888", "233733"));
        assertThat(hotline(noKeyword, "en")).contains("send a text message to 233733");
    }

    private static String hotline(ReporterAdvice advice, String lang) {
        return advice.guidance(lang).stream().filter(g -> g.key().equals("hotline")).findFirst().orElseThrow().text();
    }

    @Test
    void guidanceAndInstructions_inHebrewAndArabic_keepNumbersInWrittenOrder_inConnecticutAndIsrael() {
        var violence = TestPacks.defaultPack().find(new IndicatorCode("PHYS_VIOLENCE_OBSERVED")).orElseThrow();
        var settings = IsraelProtocolTest.settings();
        List<ReporterAdvice> advices = List.of(
                new ReporterAdvice(TestPacks.defaultPack(), new ReportingNumbers("911", "1-888-373-7888", "233733", "HELP", Map.of())),
                new ReporterAdvice(TestPacks.defaultPack(), settings.numbersFor("tel-aviv-inn"), settings.guidanceFor("tel-aviv-inn")));
        List<String> shown = new ArrayList<>();
        for (ReporterAdvice advice : advices) {
            for (String lang : RTL) {
                advice.guidance(lang).forEach(g -> shown.add(g.text()));
                advice.immediateActions(List.of(violence), lang).forEach(a -> shown.add(a.text()));
            }
        }
        assertThat(shown).hasSizeGreaterThan(20);
        assertThat(shown).anyMatch(s -> s.contains("1-888-373-7888") && s.contains("الاتصال"));
        assertThat(misorderedIn(shown)).isEmpty();
    }

    @Test
    void explanations_areWrittenInEveryLanguage_withTheChecklistWording_andNumbersInOrder() {
        PatternEngine engine = new PatternEngine(TestPacks.defaultPack(), TestPacks.defaultRules(), TestPacks.messages());
        InMemoryHistory history = new InMemoryHistory();
        List<RuleMatch> matches = new ArrayList<>();
        int minute = 0;
        for (String[] seen : new String[][] {{"ali", "FD", "CTRL_LOOKOUT"}, {"sam", "SEC", "CTRL_MULTI_ROOM_MANAGER"},
                {"maria", "HK", "ROOM_SEX_SUPPLIES_BULK"}}) {
            SubjectKey stay = new SubjectKey(SubjectType.ROOM_STAY, "stay-310");
            ObservationFact fact = new ObservationFact("o-" + minute, T.plusSeconds(60L * minute++), seen[0],
                    StaffRole.valueOf(seen[1]), List.of(new IndicatorCode(seen[2])), Set.of(stay), "310", null);
            history.add(fact);
            matches.addAll(engine.evaluate(fact, history));
        }
        RuleMatch r4 = matches.stream().filter(m -> m.ruleId().equals("R4")).reduce((a, b) -> b).orElseThrow();
        assertThat(r4.explanations()).containsOnlyKeys("en", "es", "he", "ar", "pt");
        assertThat(r4.explanations().get("en")).isEqualTo(r4.explanation()).contains("room 310", "3 staff members");
        assertThat(r4.explanations().get("es")).contains("habitación 310", "3 miembros del personal", "CTRL_LOOKOUT");
        assertThat(r4.explanations().get("pt")).contains("quarto 310", "3 funcionários");
        assertThat(BidiText.strip(r4.explanations().get("he"))).contains("חדר 310").contains("3 עובדים")
                .contains("[CTRL_LOOKOUT]");
        assertThat(BidiText.strip(r4.explanations().get("ar"))).contains("الغرفة 310").contains("3 موظفين");
        assertThat(r4.titles().get("he")).isEqualTo("אותו חדר, כמה עובדים שדיווחו");
        assertThat(misorderedIn(List.of(r4.explanations().get("he"), r4.explanations().get("ar")))).isEmpty();
    }

    /** An URGENT case with a possible minor at the property, its protocol's steps required. */
    static CaseFile urgentCase(ProtocolPack protocol, PropertyId property) {
        SubjectKey room = new SubjectKey(SubjectType.ROOM_STAY, "stay-1");
        RuleMatch match = new RuleMatch("R1", "Immediate danger", Tier.T4, room, T, T, List.of("o-1"), 5, Set.of(),
                Set.of(), Set.of("PHYS_VIOLENCE_OBSERVED"), "explanation");
        CaseFile c = CaseFile.open(new TenantId("demo-chain"), property, List.of(match), Set.of(room), T);
        c.note(new CaseCircumstances(true, false, false));
        c.requireActions(c.severity(), protocol, T);
        return c;
    }

    private static PropertyDirectory directory(Property property) {
        return new PropertyDirectory() {
            @Override
            public Optional<Property> find(PropertyId id) {
                return Optional.of(property).filter(p -> p.id().equals(id));
            }

            @Override
            public List<Property> all() {
                return List.of(property);
            }
        };
    }

    @Test
    void alerts_areWrittenInEachRecipientsLanguage_withNumbersInOrder() {
        Property hartford = new Property(new PropertyId("demo-hotel"), new TenantId("demo-chain"), "Demo Hotel Hartford",
                ZoneId.of("America/New_York"));
        ProtocolSource ct = TestPacks.connecticut();
        // the manager reads Arabic, security Hebrew, the chain's webhook Portuguese
        LanguageSettings languages = new LanguageSettings() {
            @Override
            public String propertyLanguage(PropertyId property) {
                return "en";
            }

            @Override
            public String routeLanguage(PropertyId property, String channel, Route route) {
                return switch (route.toString()) {
                    case TestRoutes.MANAGER -> "ar";
                    case TestRoutes.SECURITY -> "he";
                    default -> "pt";
                };
            }
        };
        InMemoryStores.Outbox outbox = new InMemoryStores.Outbox();
        CaseAlerts alerts = new CaseAlerts(outbox, new TestRoutes(), directory(hartford), ct,
                new AlertWording(TestPacks::messages, languages,
                        p -> new ReportingNumbers("911", "1-888-373-7888", "233733")));
        CaseFile c = urgentCase(ct.forProperty(hartford.id()), hartford.id());
        assertThat(alerts.actionsRequired(c, c.actions(), T)).isEqualTo(3);
        Map<String, Notification> byRoute = new java.util.HashMap<>();
        outbox.rows.forEach(n -> byRoute.put(n.route().toString(), n));
        assertThat(byRoute.get(TestRoutes.SECURITY).subject()).contains("Vigil").contains("דחוף");
        assertThat(byRoute.get(TestRoutes.MANAGER).subject()).contains("عاجل");
        assertThat(byRoute.get(TestRoutes.CHAIN).subject()).contains("URGENTE").contains("precisa de ação");
        assertThat(byRoute.get(TestRoutes.CHAIN).json()).contains("\"language\":\"pt\"").contains("\"summary\":");
        assertThat(byRoute.get(TestRoutes.MANAGER).text()).contains("911").contains("1-800-842-2288");
        assertThat(misorderedIn(List.of(byRoute.get(TestRoutes.SECURITY).text(), byRoute.get(TestRoutes.MANAGER).text(),
                byRoute.get(TestRoutes.SECURITY).subject()))).isEmpty();
    }

    @Test
    void anIsraeliPropertysAlerts_name100_never911_inItsDefaultLanguageHebrew() throws IOException {
        var settings = IsraelProtocolTest.settings();
        Property telAviv = IsraelProtocolTest.TEL_AVIV;
        ProtocolPack il = IsraelProtocolTest.israel();
        ProtocolSource israel = new ProtocolSource() {
            @Override
            public ProtocolPack forProperty(PropertyId property) {
                return il;
            }

            @Override
            public String documentFor(PropertyId property) {
                return "{}";
            }
        };
        InMemoryStores.Outbox outbox = new InMemoryStores.Outbox();
        CaseAlerts alerts = new CaseAlerts(outbox, new TestRoutes(), directory(telAviv), israel,
                new AlertWording(TestPacks::messages, property -> il.defaultLanguage(), settings));
        CaseFile c = urgentCase(il, telAviv.id());
        assertThat(c.actions()).extracting(CaseAction::actionId).contains("call_police_100", "youth_law_urgent");
        alerts.actionsRequired(c, c.actions(), T);
        assertThat(outbox.rows).isNotEmpty().allSatisfy(n -> {
            // the case id is random and may hold the digits 911
            assertThat((n.subject() + n.text()).replace(c.id().value(), "")).doesNotContain("911").contains("100");
            assertThat(n.json()).contains("\"language\":\"he\"");
        });
        assertThat(outbox.rows.get(0).text()).contains("אין להתעמת עם אף אחד")
                .as("whom to contact, in Hebrew, the number isolated").contains("להתקשר ל-\u2066100\u2069");
        assertThat(outbox.rows.get(0).json()).as("each contact in words and by name, in Hebrew").contains("\"text\":\"להתקשר ל-");
        assertThat(misorderedIn(outbox.rows.stream().map(Notification::text).toList())).isEmpty();
    }

    @Test
    void whomToContact_isSaidInEveryLanguage_withItsNumberInWrittenOrder() {
        var hotline = new dev.vigil.server.domain.model.protocol.ActionContact("nhth_voice", "phone", "+18883737888",
                "1-888-373-7888", null, "711", null, null, null, "24/7", "1-888-373-7888", false);
        var text = new dev.vigil.server.domain.model.protocol.ActionContact("nhth_sms", "sms", "233733", "233733", "HELP",
                null, null, null, null, null, "233733", false);
        var unset = new dev.vigil.server.domain.model.protocol.ActionContact("careline", "phone", null, "Careline", null,
                null, null, null, null, null, "Careline", false);
        List<String> said = new ArrayList<>();
        for (String lang : List.of("en", "es", "he", "ar", "pt")) {
            var say = TestPacks.messages().in(lang);
            String call = hotline.describe(say);
            String sms = text.describe(say);
            assertThat(call).as(lang).contains("1-888-373-7888", "711");
            assertThat(sms).as(lang).contains("HELP", "233733");
            assertThat(unset.describe(say)).as(lang).contains("Careline").doesNotContain("null");
            said.addAll(List.of(call, sms));
        }
        assertThat(hotline.describe(TestPacks.messages().in("en"))).isEqualTo(hotline.describe());
        assertThat(text.describe(TestPacks.messages().in("en"))).isEqualTo(text.describe());
        assertThat(text.describe(TestPacks.messages().in("he"))).isEqualTo(
                "לשלוח הודעה עם המילה \u2066HELP\u2069 ל-\u2066233733\u2069");
        assertThat(misorderedIn(said)).isEmpty();
    }

    @Test
    void aContactsNameWithANumber_isShownWithTheNumberInWrittenOrder_whereverItIsNamed() {
        var names = new dev.vigil.server.domain.model.indicator.LocalizedText(Map.of("en", "Line 1-800-842-2288",
                "ar", "الخط 1-800-842-2288", "he", "קו 1-800-842-2288"));
        var contact = new dev.vigil.server.domain.model.protocol.ActionContact("line", "phone", "+18008422288",
                "1-800-842-2288", null, null, null, null, null, null, "Line", false, names);
        var channel = new dev.vigil.server.domain.model.protocol.Channel("line", "phone", "+18008422288", "1-800-842-2288",
                null, null, null, null, null, null, null, null, names);
        assertThat(BidiOrder.misordered(names.in("ar"))).as("the raw text shows it backwards").isNotEmpty();
        for (String lang : RTL) {
            assertThat(BidiOrder.misordered(contact.name(lang))).as(lang).isEmpty();
            assertThat(BidiOrder.misordered(channel.name(lang))).as(lang).isEmpty();
        }
        assertThat(contact.name("en")).isEqualTo("Line 1-800-842-2288");
    }
}
