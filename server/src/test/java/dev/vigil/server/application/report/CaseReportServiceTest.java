package dev.vigil.server.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.casefile.CaseStatus;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.infrastructure.pdf.PdfCaseReport;
import dev.vigil.server.testing.InMemoryStores;
import dev.vigil.server.testing.TestPacks;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Exports through the use case: who may, what is audited, which language the PDF can set. */
class CaseReportServiceTest {

    private static final Caller SECURITY = new Caller("security", Set.of(AppRole.SECURITY), ReportScenario.TENANT,
            ReportScenario.HOTEL.id(), Set.of(StaffRole.SEC));
    private static final Caller STAFF = new Caller("frontdesk", Set.of(AppRole.STAFF), ReportScenario.TENANT,
            ReportScenario.HOTEL.id(), Set.of(StaffRole.FD));
    private static final Caller ADMIN = new Caller("admin", Set.of(AppRole.ADMIN), ReportScenario.TENANT, null, Set.of());
    private static final Caller OTHER_SECURITY = new Caller("othersecurity", Set.of(AppRole.SECURITY),
            new TenantId("other-chain"), new PropertyId("other-hotel"), Set.of(StaffRole.SEC));

    private final ReportScenario scenario = new ReportScenario();
    private final InMemoryStores.Audit audit = new InMemoryStores.Audit();
    private final DefaultCaseReportService service = new DefaultCaseReportService();
    private final String caseId = scenario.caseFile.id().value();

    CaseReportServiceTest() {
        InMemoryStores.Cases cases = new InMemoryStores.Cases();
        cases.store(scenario.caseFile);
        InMemoryStores.Observations observations = new InMemoryStores.Observations();
        scenario.observations.forEach(observations::store);
        service.cases = cases;
        service.observations = observations;
        service.properties = new PropertyDirectory() {
            @Override
            public Optional<Property> find(PropertyId id) {
                return Optional.of(ReportScenario.HOTEL).filter(p -> p.id().equals(id));
            }

            @Override
            public List<Property> all() {
                return List.of(ReportScenario.HOTEL);
            }
        };
        service.packs = TestPacks::defaultPack;
        service.protocols = TestPacks.connecticut();
        service.numbers = property -> new ReportingNumbers("911", "1-888-373-7888", "233733");
        service.pdf = new PdfCaseReport(TestPacks::messages);
        service.messages = TestPacks::messages;
        service.languages = dev.vigil.server.application.shared.LanguageSettings.fixed("en");
        service.audit = audit;
        service.clock = Clock.fixed(ReportScenario.T.plusSeconds(7200 * 3), ZoneOffset.UTC);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void everyExport_isAudited_withTheFormat_andLeavesTheCaseAsItWas() {
        service.report(SECURITY, caseId, List.of("en"));
        service.pdf(SECURITY, caseId, List.of("en"));
        assertThat(audit.rows).extracting(AuditEntry::action).containsExactly("CASE_REPORT_JSON_EXPORTED", "CASE_REPORT_PDF_EXPORTED");
        assertThat(audit.about("case", caseId)).hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("security"));
        assertThat(scenario.caseFile.status()).as("exporting is a read: it never changes the case").isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void staffAndAdmins_mayNotExport_andOtherTenants_findNoCase_nothingAudited() {
        assertThatThrownBy(() -> service.report(STAFF, caseId, List.of())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.pdf(ADMIN, caseId, List.of())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.pdf(OTHER_SECURITY, caseId, List.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.report(SECURITY, "not-a-case", List.of())).isInstanceOf(NotFoundException.class);
        assertThat(audit.rows).isEmpty();
    }

    @Test
    void hebrewAndArabic_areInTheJsonAndInThePdf_asWritten() throws Exception {
        for (String lang : List.of("he", "ar")) {
            CaseReport json = service.report(SECURITY, caseId, List.of(lang));
            assertThat(json.packet().language()).isEqualTo(lang);
            String indicator = json.observations().get(0).indicators().get(0).text();
            assertThat(indicator).contains(lang.equals("he") ? "כשאנשי הצוות" : "عندما وجّه الموظفون");
            CaseReportService.RenderedReport pdf = service.pdf(SECURITY, caseId, List.of(lang));
            assertThat(pdf.language()).isEqualTo(lang);
            String text = PdfTextExtraction.readable(pdf.document());
            assertThat(text).as(lang).contains(PdfTextExtraction.normal(indicator))
                    .contains(PdfTextExtraction.normal(json.packet().title()))
                    .contains(PdfTextExtraction.normal(json.packet().statements().get(0)));
            List<String> contacts = json.actions().stream().flatMap(st -> st.contactTexts().stream()).toList();
            assertThat(contacts).as(lang + ": whom to contact, in the packet's language").isNotEmpty()
                    .noneMatch(t -> t.startsWith("call ") || t.startsWith("text ") || t.startsWith("tell "));
            assertThat(text).contains(PdfTextExtraction.normal(contacts.get(0)));
            java.nio.file.Path out = java.nio.file.Path.of("target", "pdf-samples");
            java.nio.file.Files.createDirectories(out);
            java.nio.file.Files.write(out.resolve("service-" + lang + ".pdf"), pdf.document());
        }
    }

    @Test
    void hebrewAndArabicPdfs_setEveryNumberOnThePage_inTheOrderItIsWritten() throws Exception {
        for (String lang : List.of("he", "ar")) {
            CaseReport json = service.report(SECURITY, caseId, List.of(lang));
            List<String> page = PdfTextExtraction.visualLines(service.pdf(SECURITY, caseId, List.of(lang)).document());
            // the numbers section joins a channel's name and its number ("name: 1-800-842-2288"), the
            // review's case: after Arabic words an unisolated number is set 2288-842-800-1
            List<String> numbers = new java.util.ArrayList<>();
            json.numbers().forEach(c -> {
                numbers.add(c.display());
                numbers.add(c.tty());
            });
            json.actions().forEach(st -> {
                numbers.add(st.createdAt());
                numbers.add(st.dueAt());
            });
            json.observations().forEach(o -> numbers.add(o.observedAt()));
            numbers.removeIf(java.util.Objects::isNull);
            assertThat(numbers).as(lang).contains("1-888-373-7888", "1-800-842-2288", "1-800-624-5518");
            for (String number : numbers) {
                assertThat(page).as(lang + ": " + number + " set left to right as written").anyMatch(line -> line.contains(number));
            }
        }
    }

    @Test
    void spanish_fitsThePdf() throws Exception {
        CaseReportService.RenderedReport pdf = service.pdf(SECURITY, caseId, List.of("es"));
        assertThat(pdf.language()).isEqualTo("es");
        assertThat(text(pdf.document())).contains("Cuando el personal le habló directamente");
    }
}
